import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { vendorProcurementPath as base } from './common'
import { vendorDialogueSchema } from './get-vendor-dialogue'

export function useDialogueReply(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (reply: { kind: 'comment'; requirementId: string; text: string } | { kind: 'answer'; questionId: string; text: string }) =>
      reply.kind === 'comment'
        ? apiRequest(`${base(id)}/rfi/comments`, {
            method: 'POST',
            body: { requirementId: reply.requirementId, text: reply.text },
            schema: vendorDialogueSchema,
          })
        : apiRequest(`${base(id)}/rfi/questions/${encodeURIComponent(reply.questionId)}/answer`, {
            method: 'PUT',
            body: { text: reply.text },
            schema: vendorDialogueSchema,
          }),
    onSuccess: (dialogue) => queryClient.setQueryData(['vendor', id, 'rfi'], dialogue),
  })
}
