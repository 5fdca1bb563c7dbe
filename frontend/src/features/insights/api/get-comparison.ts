import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { cellSchema, METRICS } from './cell'

const comparisonSchema = z.object({
  sizeBand: z.string().nullish().transform((v) => v ?? null),
  categories: z.array(
    z.object({
      productCategory: z.string(),
      yourProcurements: z.number(),
      rows: z.array(z.object({ metric: z.enum(METRICS), you: z.number().nullish().transform((v) => v ?? null), similar: cellSchema })),
    }),
  ),
})
export type Comparison = z.infer<typeof comparisonSchema>

/** The tenant's own medians beside similar huvudmän (same category and size band, the tenant left out). */
export function useComparison(enabled: boolean) {
  return useQuery({
    queryKey: ['insights', 'mine'],
    enabled,
    queryFn: ({ signal }) => apiRequest('/api/insights/benchmarks/mine', { schema: comparisonSchema, signal }),
  })
}
