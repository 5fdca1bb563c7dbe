import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { lessonSchema } from './lesson-schemas'

/** `ASSOCIATION_STAFF`: submitted lessons first, then the decided ones; never who wrote them. */
export function useReviewQueue() {
  return useQuery({
    queryKey: ['lessons', 'review'],
    queryFn: ({ signal }) => apiRequest('/api/review/lessons', { schema: z.array(lessonSchema), signal }),
  })
}
