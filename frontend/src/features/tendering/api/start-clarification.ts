import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'
import { questionSchema } from './get-questions'

export function useStartClarification(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (topic: string) =>
      apiRequest(procurementPath(procurementId, '/questions'), { method: 'POST', body: { text: topic }, schema: questionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['questions', procurementId] }),
  })
}
