import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'

export function useWithdrawInvitation(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (vendorOrganisationId: string) =>
      apiRequest(procurementPath(procurementId, `/vendors/${encodeURIComponent(vendorOrganisationId)}`), { method: 'DELETE', schema: z.unknown() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invited', procurementId] }),
  })
}
