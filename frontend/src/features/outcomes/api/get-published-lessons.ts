import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const publishedSchema = z.object({
  id: z.string(),
  category: z.string(),
  phase: z.string(),
  whatWorked: z.string().nullish().transform((v) => v ?? null),
  whatToChange: z.string().nullish().transform((v) => v ?? null),
  approvedOn: z.string(),
})
export type PublishedLesson = z.infer<typeof publishedSchema>

/** Approved lessons of every huvudman, from the insights read model: every word of `q` must occur. */
export function usePublishedLessons(q: string, category: string) {
  return useQuery({
    queryKey: ['lessons', 'published', q, category],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams()
      if (q.trim()) params.set('q', q.trim())
      if (category) params.set('category', category)
      const query = params.toString()
      return apiRequest(`/api/insights/lessons${query ? `?${query}` : ''}`, { schema: z.array(publishedSchema), signal })
    },
  })
}
