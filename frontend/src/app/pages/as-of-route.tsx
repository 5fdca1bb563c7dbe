import { useParams } from 'react-router'

import { AsOfPage } from '@/features/as-of/components/as-of-page'

/** `/upphandlingar/:procurementId/som-det-var`: the workspace as it was at a chosen date and time. */
export function AsOfRoute() {
  const { procurementId = '' } = useParams()
  return <AsOfPage key={procurementId} procurementId={procurementId} />
}
