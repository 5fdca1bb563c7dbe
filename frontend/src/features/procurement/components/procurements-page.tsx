import { AreaPlaceholder } from '@/components/area-placeholder'

export function ProcurementsPage() {
  return (
    <AreaPlaceholder
      title="procurements.title"
      lead="procurements.lead"
      emptyTitle="procurements.emptyTitle"
      emptyBody="procurements.emptyBody"
      upcoming={['procurements.upcoming1', 'procurements.upcoming2', 'procurements.upcoming3']}
    />
  )
}
