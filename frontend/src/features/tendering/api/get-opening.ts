import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { nullableText as text, procurementPath } from './common'

export const openingSchema = z.object({
  tenderDeadline: z.string(),
  deadlinePassed: z.boolean(),
  candidates: z.array(z.object({ personId: z.string(), name: z.string() })),
  openers: z.array(z.object({ personId: z.string(), name: z.string(), confirmedAt: text })),
  openedAt: text,
  record: z.array(z.object({ vendorOrganisationId: z.string(), vendorName: z.string(), submittedAt: z.string(), priceSek: z.number() })),
})
export type Opening = z.infer<typeof openingSchema>

export const openingQueryKey = (procurementId: string) => ['opening', procurementId]

/** Who opens the tenders, who has confirmed, and once opened the opening record. */
export function useOpening(procurementId: string, enabled: boolean) {
  return useQuery({
    queryKey: openingQueryKey(procurementId),
    enabled,
    queryFn: ({ signal }) => apiRequest(procurementPath(procurementId, '/opening'), { schema: openingSchema, signal }),
  })
}
