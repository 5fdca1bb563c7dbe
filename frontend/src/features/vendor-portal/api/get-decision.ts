import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'

import { vendorProcurementPath as base, nullableText as text } from './common'

export const decisionSchema = z.object({
  winnerName: z.string(),
  youWon: z.boolean(),
  reasoning: z.string(),
  decidedAt: z.string(),
  evaluationModel: z.enum(['LOWEST_PRICE', 'PRICE_AND_QUALITY']),
  /** No contract may be signed before this (avtalsspärr); the decision time itself when the procedure has none. */
  standstillEndsAt: text,
  contractSignedAt: text,
  disqualified: z.boolean(),
  disqualificationReason: text,
  yourRank: z.number().nullish().transform((v) => v ?? null),
  yourEvaluationPriceSek: z.number(),
  yourQuality: z.number().nullish().transform((v) => v ?? null),
})
export type Decision = z.infer<typeof decisionSchema>

/** The award decision, or null while there is none (the server answers 404 until then). */
export function useDecision(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['vendor', id, 'decision'],
    enabled,
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest(`${base(id)}/decision`, { schema: decisionSchema, signal })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.status === 404) return null
        throw error
      }
    },
  })
}
