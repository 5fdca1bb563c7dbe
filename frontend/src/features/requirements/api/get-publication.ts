import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'

/** Whether the tender is published: requirements then change only by amendment (the server answers 404 before). */
export function usePublished(procurementId: string) {
  return useQuery({
    queryKey: ['publication', procurementId],
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/publication`, {
          schema: z.object({ requirementSetVersion: z.number() }).passthrough(),
          signal,
        })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.status === 404) return null
        throw error
      }
    },
  })
}
