import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'
import { evaluationSchema } from './get-evaluation'

/** Every evaluation write answers with the whole evaluation, which replaces the cached one. */
export function useEvaluationWrite<T>(procurementId: string, method: 'PUT' | 'POST', suffix: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: T) => apiRequest(procurementPath(procurementId, `/evaluation${suffix}`), { method, body, schema: evaluationSchema }),
    onSuccess: (evaluation) => queryClient.setQueryData(['evaluation', procurementId], evaluation),
  })
}
