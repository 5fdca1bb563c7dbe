import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Procurement, procurementSchema, storeProcurement } from './get-procurement'

export interface TeamChange {
  procurementId: string
  memberIds: string[]
}

/** BUYER only: the whole team at once (members of the tenant). */
export function updateTeam({ procurementId, memberIds }: TeamChange): Promise<Procurement> {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/team`, {
    method: 'PUT',
    body: { memberIds },
    schema: procurementSchema,
  })
}

export function useUpdateTeam() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateTeam,
    onSuccess: (procurement) => storeProcurement(queryClient, procurement),
  })
}
