import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Procurement, procurementSchema, storeProcurement } from './get-procurement'
import type { Phase } from './get-procurements'

export interface PhaseChange {
  procurementId: string
  phase: Phase
}

/** BUYER only. 409 `procurement.phase-transition` (with a readable `detail`) for a move that makes no sense. */
export function changePhase({ procurementId, phase }: PhaseChange): Promise<Procurement> {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/phase`, {
    method: 'PUT',
    body: { phase },
    schema: procurementSchema,
  })
}

export function useChangePhase() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changePhase,
    onSuccess: (procurement) => storeProcurement(queryClient, procurement),
  })
}
