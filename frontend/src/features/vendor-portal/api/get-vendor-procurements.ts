import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { amendmentSchema } from '@/lib/amendments'
import { apiRequest } from '@/lib/api/api-client'
import { REQUIREMENT_CATEGORIES, REQUIREMENT_KINDS } from '@/lib/requirement-taxonomy'
import { publicationSchema } from '@/lib/tender-publication'

import { nullableText as text } from './common'

export const publishedRequirementSchema = z.object({
  requirementId: z.string(),
  /** The requirement's number in the procurement, the same the buyer sees: shown as K1, K2 … */
  number: z.number().int(),
  text: z.string(),
  kind: z.enum(REQUIREMENT_KINDS),
  weight: z.number().nullish().transform((v) => v ?? null),
  category: z.enum(REQUIREMENT_CATEGORIES),
  verificationMethod: text,
})
export type PublishedRequirement = z.infer<typeof publishedRequirementSchema>

export const vendorProcurementSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: text,
  buyer: z.string(),
  category: z.string(),
  procedure: z.string(),
  invitedAt: z.string(),
  publication: publicationSchema.nullish().transform((v) => v ?? null),
  requirements: z.array(publishedRequirementSchema),
  amendments: z.array(amendmentSchema).nullish().transform((v) => v ?? []),
  /** The server's now when it answered: deadlines are compared with the server's clock, not the browser's. */
  serverTime: text,
})
export type VendorProcurement = z.infer<typeof vendorProcurementSchema>

export function useVendorProcurements() {
  return useQuery({
    queryKey: ['vendor', 'procurements'],
    queryFn: ({ signal }) => apiRequest('/api/vendor/procurements', { schema: z.array(vendorProcurementSchema), signal }),
  })
}
