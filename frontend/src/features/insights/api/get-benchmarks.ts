import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { cellSchema } from './cell'

export const benchmarksSchema = z.object({
  productCategory: z.string().nullish().transform((v) => v ?? null),
  sizeBand: z.string().nullish().transform((v) => v ?? null),
  categories: z.record(z.string(), z.number().nullable()),
  metrics: z.array(cellSchema),
  mix: z.array(cellSchema),
  trends: z.array(z.object({ quarter: z.string(), satisfaction: cellSchema, benefitRealisedPercent: cellSchema })),
  library: z.array(
    z.object({ templateKey: z.string(), procurements: z.number().nullable(), satisfaction: cellSchema, benefitRealisedPercent: cellSchema }),
  ),
})
export type Benchmarks = z.infer<typeof benchmarksSchema>

/** Benchmarks of a product category and size band ('' = all), every figure through the suppression rule. */
export function useBenchmarks(category: string, sizeBand: string) {
  return useQuery({
    queryKey: ['insights', 'benchmarks', category, sizeBand],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams()
      if (category) params.set('category', category)
      if (sizeBand) params.set('sizeBand', sizeBand)
      const query = params.toString()
      return apiRequest(`/api/insights/benchmarks${query ? `?${query}` : ''}`, { schema: benchmarksSchema, signal })
    },
  })
}
