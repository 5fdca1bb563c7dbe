import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { vendorProcurementPath as base, nullableText as text } from './common'

export const COMPLIANCE = ['MEETS', 'PARTLY', 'DOES_NOT_MEET'] as const
export type Compliance = (typeof COMPLIANCE)[number]

export const tenderSchema = z.object({
  status: z.enum(['NOT_STARTED', 'DRAFT', 'SUBMITTED']),
  responses: z.array(
    z.object({
      requirementId: z.string(),
      compliance: z.enum(COMPLIANCE).nullish().transform((v) => v ?? null),
      explanation: text,
    }),
  ),
  priceSek: z.number().nullish().transform((v) => v ?? null),
  savedAt: text,
  submittedAt: text,
  changedSinceSubmission: z.boolean().optional().default(false),
  /** When the buyer opened the procurement's tenders; null while they are sealed. */
  tendersOpenedAt: text,
})
export type Tender = z.infer<typeof tenderSchema>

export function useOwnTender(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['vendor', id, 'tender'],
    enabled,
    queryFn: ({ signal }) => apiRequest(`${base(id)}/tender`, { schema: tenderSchema, signal }),
  })
}
