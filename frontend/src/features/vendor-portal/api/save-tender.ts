import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { vendorProcurementPath as base } from './common'
import { type Compliance, tenderSchema } from './get-own-tender'

export interface TenderDraft {
  responses: Array<{ requirementId: string; compliance: Compliance | null; explanation: string | null }>
  priceSek: number | null
}

export function useSaveTender(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (draft: TenderDraft) => apiRequest(`${base(id)}/tender`, { method: 'PUT', body: draft, schema: tenderSchema }),
    onSuccess: (tender) => queryClient.setQueryData(['vendor', id, 'tender'], tender),
  })
}
