import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'
import { openingQueryKey, openingSchema } from './get-opening'

/** Every opening write answers with the whole opening; once opened, the tenders and the evaluation are read anew. */
export function useOpeningWrite<T>(procurementId: string, method: 'PUT' | 'POST', suffix: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: T) => apiRequest(procurementPath(procurementId, `/opening${suffix}`), { method, body, schema: openingSchema }),
    onSuccess: (opening) => {
      queryClient.setQueryData(openingQueryKey(procurementId), opening)
      if (opening.openedAt) {
        void queryClient.invalidateQueries({ queryKey: ['evaluation', procurementId] })
        void queryClient.invalidateQueries({ queryKey: ['tenders', procurementId] })
      }
    },
  })
}
