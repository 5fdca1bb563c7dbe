import { AreaPlaceholder } from '@/components/area-placeholder'

export function InsightsPage() {
  return (
    <AreaPlaceholder
      title="insights.title"
      lead="insights.lead"
      emptyTitle="insights.emptyTitle"
      emptyBody="insights.emptyBody"
      upcoming={['insights.upcoming1', 'insights.upcoming2', 'insights.upcoming3']}
    />
  )
}
