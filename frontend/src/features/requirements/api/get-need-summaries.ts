import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

/** A need as the requirements part needs it: to pick the needs a requirement serves and show them. */
export const needSummarySchema = z.object({
  id: z.string(),
  statement: z.string(),
  status: z.string(),
})
export type NeedSummary = z.infer<typeof needSummarySchema>

/**
 * The procurement's needs, read with this feature's own small schema. The key starts like the
 * needs part's, so whatever refreshes the needs refreshes these too.
 */
export function useNeedSummaries(procurementId: string) {
  return useQuery({
    queryKey: ['needs', procurementId, 'summaries'],
    queryFn: ({ signal }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/needs`, {
        schema: z.array(needSummarySchema),
        signal,
      }),
  })
}
