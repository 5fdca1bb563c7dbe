import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { needPath, storeAnswer } from './get-needs'

export interface NeedDecision {
  procurementId: string
  needId: string
}

/** BUYER only. 200 (with the need, or nothing). */
export function acceptNeed({ procurementId, needId }: NeedDecision): Promise<unknown> {
  return apiRequest(needPath(procurementId, needId, '/accept'), { method: 'POST', schema: z.unknown() })
}

export function useAcceptNeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: acceptNeed,
    onSuccess: (answer, { procurementId }) => storeAnswer(queryClient, procurementId, answer),
  })
}
