import { AreaPlaceholder } from '@/components/area-placeholder'

export function LessonsPage() {
  return (
    <AreaPlaceholder
      title="lessons.title"
      lead="lessons.lead"
      emptyTitle="lessons.emptyTitle"
      emptyBody="lessons.emptyBody"
      upcoming={['lessons.upcoming1', 'lessons.upcoming2', 'lessons.upcoming3']}
    />
  )
}
