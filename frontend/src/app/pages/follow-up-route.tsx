import { useParams } from 'react-router'

import { FollowUpReportPage } from '@/features/outcomes/components/follow-up-report-page'

/** `/uppfoljning/:procurementId`: one procurement's follow-up report and survey. */
export function FollowUpRoute() {
  const { procurementId = '' } = useParams()
  return <FollowUpReportPage key={procurementId} procurementId={procurementId} />
}
