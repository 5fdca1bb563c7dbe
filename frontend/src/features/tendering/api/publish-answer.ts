import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'
import { questionSchema } from './get-questions'

export function usePublishAnswer(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(procurementPath(procurementId, `/questions/${encodeURIComponent(id)}/publish`), { method: 'POST', schema: questionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['questions', procurementId] }),
  })
}
