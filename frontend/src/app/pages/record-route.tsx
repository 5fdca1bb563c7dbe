import { useParams } from 'react-router'

import { RecordPage } from '@/features/record/components/record-page'

/** `/upphandlingar/:procurementId/dokumentation`: the procurement's documentation record. */
export function RecordRoute() {
  const { procurementId = '' } = useParams()
  return <RecordPage key={procurementId} procurementId={procurementId} />
}
