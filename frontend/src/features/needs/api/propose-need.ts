import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Need, type NeedContent, needSchema, storeNeed } from './get-needs'

export interface NeedProposal {
  procurementId: string
  need: NeedContent
}

/** Any team member. 201 with the need (status PROPOSED); 400 with field errors. */
export function proposeNeed({ procurementId, need }: NeedProposal): Promise<Need> {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/needs`, {
    method: 'POST',
    body: need,
    schema: needSchema,
  })
}

export function useProposeNeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: proposeNeed,
    onSuccess: (need, { procurementId }) => storeNeed(queryClient, procurementId, need),
  })
}
