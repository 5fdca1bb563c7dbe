import { AreaPlaceholder } from '@/components/area-placeholder'

export function QuestionsPage() {
  return (
    <AreaPlaceholder
      title="qa.title"
      lead="qa.lead"
      emptyTitle="qa.emptyTitle"
      emptyBody="qa.emptyBody"
      upcoming={['qa.upcoming1', 'qa.upcoming2', 'qa.upcoming3']}
    />
  )
}
