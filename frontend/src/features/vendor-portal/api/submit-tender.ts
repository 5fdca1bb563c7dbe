import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { vendorProcurementPath as base } from './common'
import { tenderSchema } from './get-own-tender'

export function useSubmitTender(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiRequest(`${base(id)}/tender/submit`, { method: 'POST', schema: tenderSchema }),
    onSuccess: (tender) => queryClient.setQueryData(['vendor', id, 'tender'], tender),
  })
}
