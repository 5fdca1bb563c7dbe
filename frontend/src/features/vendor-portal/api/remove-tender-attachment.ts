import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { tenderAttachmentHref } from './get-tender-attachments'

/** 204; `409 tender.deadline-passed` after the deadline. The tender and its files are refetched either way. */
export function useRemoveTenderAttachment(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (attachmentId: string) => apiRequest(tenderAttachmentHref(id, attachmentId), { method: 'DELETE', schema: z.unknown() }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['vendor', id, 'tender'] }),
  })
}
