import { AreaPlaceholder } from '@/components/area-placeholder'

export function FollowUpPage() {
  return (
    <AreaPlaceholder
      title="followUp.title"
      lead="followUp.lead"
      emptyTitle="followUp.emptyTitle"
      emptyBody="followUp.emptyBody"
      upcoming={['followUp.upcoming1', 'followUp.upcoming2', 'followUp.upcoming3']}
    />
  )
}
