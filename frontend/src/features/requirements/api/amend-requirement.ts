import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { type RequirementContent, requirementsKey } from './get-requirements'

export const amendmentResultSchema = z.object({
  amendment: z.object({ number: z.number(), setVersion: z.number() }).passthrough(),
  warning: z.object({ code: z.string(), message: z.string() }).nullish().transform((v) => v ?? null),
})

export interface Amendment {
  requirementId: string
  changes?: Partial<Omit<RequirementContent, 'needIds'>>
  withdraw?: boolean
  reason: string
}

export function useAmend(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (amendment: Amendment) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/amendments`, {
        method: 'POST',
        body: amendment,
        schema: amendmentResultSchema,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: requirementsKey(procurementId) })
      void queryClient.invalidateQueries({ queryKey: ['publication', procurementId] })
      void queryClient.invalidateQueries({ queryKey: ['amendments', procurementId] })
    },
  })
}
