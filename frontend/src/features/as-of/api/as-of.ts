import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const asOfSchema = z.object({
  at: z.string(),
  procurement: z
    .object({ id: z.string(), version: z.number(), title: z.string(), phase: z.string(), teamSize: z.number() })
    .nullish()
    .transform((value) => value ?? null),
  needs: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      content: z.object({ statement: z.string(), priority: z.string().nullish() }).passthrough(),
      status: z.string(),
      endorsements: z.number(),
    }),
  ),
  requirements: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      content: z
        .object({ text: z.string(), kind: z.string(), weight: z.number().nullish(), category: z.string() })
        .passthrough(),
    }),
  ),
})
export type AsOf = z.infer<typeof asOfSchema>

/** The workspace as it was at `at` (an ISO instant), or nothing until a moment is chosen. */
export function useAsOf(procurementId: string, at: string | null) {
  return useQuery({
    queryKey: ['as-of', procurementId, at],
    enabled: at !== null,
    queryFn: ({ signal }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/as-of?at=${encodeURIComponent(at!)}`, {
        schema: asOfSchema,
        signal,
      }),
  })
}
