import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { vendorProcurementPath as base, nullableText as text } from './common'
import { publishedRequirementSchema } from './get-vendor-procurements'

export const vendorDialogueSchema = z.object({
  draft: z
    .object({ round: z.number(), message: text, sharedAt: z.string(), requirements: z.array(publishedRequirementSchema) })
    .nullish()
    .transform((v) => v ?? null),
  comments: z.array(z.object({ requirementId: z.string(), text: z.string(), at: z.string() }).passthrough()),
  questions: z.array(
    z.object({ id: z.string(), text: z.string(), answers: z.array(z.object({ text: z.string() }).passthrough()) }).passthrough(),
  ),
})
export type VendorDialogue = z.infer<typeof vendorDialogueSchema>

export function useVendorDialogue(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['vendor', id, 'rfi'],
    enabled,
    queryFn: ({ signal }) => apiRequest(`${base(id)}/rfi`, { schema: vendorDialogueSchema, signal }),
  })
}
