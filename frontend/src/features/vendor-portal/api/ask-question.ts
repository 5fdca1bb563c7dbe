import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { vendorProcurementPath as base } from './common'
import { vendorQuestionSchema } from './get-vendor-questions'

export function useAskQuestion(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (question: { text: string; requirementId?: string }) =>
      apiRequest(`${base(id)}/questions`, { method: 'POST', body: question, schema: vendorQuestionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['vendor', id, 'questions'] }),
  })
}
