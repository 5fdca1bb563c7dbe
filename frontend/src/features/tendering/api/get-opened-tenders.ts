import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { nullableText as text, procurementPath } from './common'

const openedTendersSchema = z.object({
  opened: z.boolean(),
  opensAt: z.string(),
  tenders: z.array(
    z.object({
      vendorOrganisationId: z.string(),
      vendorName: z.string(),
      responses: z.array(z.object({ requirementId: z.string(), compliance: z.enum(['MEETS', 'PARTLY', 'DOES_NOT_MEET']), explanation: text })),
      priceSek: z.number().nullish().transform((v) => v ?? null),
      submittedAt: text,
    }),
  ),
})
export type OpenedTenders = z.infer<typeof openedTendersSchema>

/** The submitted tenders once opened (before the deadline the list is empty whatever was submitted). */
export function useOpenedTenders(procurementId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['tenders', procurementId],
    enabled,
    queryFn: ({ signal }) => apiRequest(procurementPath(procurementId, '/tenders'), { schema: openedTendersSchema, signal }),
  })
}
