import { useQuery } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'
import { publicationSchema } from '@/lib/tender-publication'

import { procurementPath } from './common'

export type { Publication } from '@/lib/tender-publication'

/** The publication, or null before the tender is published (the server answers 404 until then). */
export function usePublication(procurementId: string) {
  return useQuery({
    queryKey: ['publication', procurementId],
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest(procurementPath(procurementId, '/publication'), { schema: publicationSchema, signal })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.status === 404) return null
        throw error
      }
    },
  })
}
