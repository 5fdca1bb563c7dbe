import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'

import { nullableText as text, procurementPath } from './common'

const scoreSchema = z.object({ requirementId: z.string(), average: z.number(), count: z.number() })
export const evaluationSchema = z.object({
  model: z.enum(['LOWEST_PRICE', 'PRICE_AND_QUALITY']),
  qualityValueSek: z.number().nullish().transform((v) => v ?? null),
  rows: z.array(
    z.object({
      vendorOrganisationId: z.string(),
      vendorName: z.string(),
      priceSek: z.number(),
      failsMandatory: z.array(z.string()),
      disqualified: z.boolean(),
      disqualificationReason: text,
      quality: z.number(),
      deductionSek: z.number(),
      evaluationPriceSek: z.number(),
      rank: z.number().nullish().transform((v) => v ?? null),
      scores: z.array(scoreSchema),
    }),
  ),
  award: z
    .object({
      winnerVendorOrganisationId: z.string(),
      winnerName: z.string(),
      reasoning: z.string(),
      decidedAt: z.string(),
      standstillEndsAt: text,
      contractSignedAt: text,
    })
    .nullish()
    .transform((v) => v ?? null),
})
export type Evaluation = z.infer<typeof evaluationSchema>

/** The evaluation, or `sealed` while the tender deadline has not passed (409 evaluation.sealed). */
export function useEvaluation(procurementId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['evaluation', procurementId],
    enabled,
    queryFn: async ({ signal }): Promise<Evaluation | 'sealed'> => {
      try {
        return await apiRequest(procurementPath(procurementId, '/evaluation'), { schema: evaluationSchema, signal })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.code === 'evaluation.sealed') return 'sealed'
        throw error
      }
    },
  })
}
