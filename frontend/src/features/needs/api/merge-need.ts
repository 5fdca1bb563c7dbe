import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import type { NeedDecision } from './accept-need'
import { needPath, needsQueryKey, storeAnswer } from './get-needs'

export interface NeedMerge extends NeedDecision {
  /** The need it goes into. */
  into: string
}

/** BUYER only: the need becomes MERGED, pointing at `into`. 200 (with the need, or nothing). */
export function mergeNeed({ procurementId, needId, into }: NeedMerge): Promise<unknown> {
  return apiRequest(needPath(procurementId, needId, '/merge'), {
    method: 'POST',
    body: { into },
    schema: z.unknown(),
  })
}

export function useMergeNeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: mergeNeed,
    onSuccess: (answer, { procurementId }) => {
      storeAnswer(queryClient, procurementId, answer)
      // the need it went into may have changed as well (e.g. its endorsements): fetch it later
      void queryClient.invalidateQueries({ queryKey: needsQueryKey(procurementId), refetchType: 'none' })
    },
  })
}
