import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Need, needPath, needSchema, storeNeed } from './get-needs'

export interface EndorsementChange {
  procurementId: string
  needId: string
  /** true: PUT (endorse); false: DELETE (withdraw). One endorsement per person. */
  endorse: boolean
}

/** USERs endorse needs. 200 with the need (its count and `endorsedByMe`). */
export function setEndorsement({ procurementId, needId, endorse }: EndorsementChange): Promise<Need> {
  return apiRequest(needPath(procurementId, needId, '/endorsement'), {
    method: endorse ? 'PUT' : 'DELETE',
    schema: needSchema,
  })
}

export function useSetEndorsement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setEndorsement,
    onSuccess: (need, { procurementId }) => storeNeed(queryClient, procurementId, need),
  })
}
