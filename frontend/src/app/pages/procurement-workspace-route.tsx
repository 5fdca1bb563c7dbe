import { useParams } from 'react-router'

import { NeedsPanel } from '@/features/needs/components/needs-panel'
import { ProcurementWorkspacePage } from '@/features/procurement/components/procurement-workspace-page'
import { useWorkspaceLiveUpdates } from '@/lib/live/use-workspace-live-updates'

/** `/upphandlingar/:procurementId`: the procurement's workspace with its needs (two features, composed here). */
export function ProcurementWorkspaceRoute() {
  const { procurementId = '' } = useParams()
  useWorkspaceLiveUpdates(procurementId)
  return (
    <ProcurementWorkspacePage
      key={procurementId}
      procurementId={procurementId}
      needs={(procurement) => <NeedsPanel procurementId={procurement.id} />}
    />
  )
}
