import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import type { NeedDecision } from './accept-need'
import { needPath, storeAnswer } from './get-needs'

export interface NeedRejection extends NeedDecision {
  reason: string
}

/** BUYER only, with a reason the team can read. 200 (with the need, or nothing). */
export function rejectNeed({ procurementId, needId, reason }: NeedRejection): Promise<unknown> {
  return apiRequest(needPath(procurementId, needId, '/reject'), {
    method: 'POST',
    body: { reason },
    schema: z.unknown(),
  })
}

export function useRejectNeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: rejectNeed,
    onSuccess: (answer, { procurementId }) => storeAnswer(queryClient, procurementId, answer),
  })
}
