import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { lessonSchema } from './lesson-schemas'

/** The tenant's own lessons with the review verdict. */
export function useOwnLessons() {
  return useQuery({
    queryKey: ['lessons', 'own'],
    queryFn: ({ signal }) => apiRequest('/api/lessons', { schema: z.array(lessonSchema), signal }),
  })
}
