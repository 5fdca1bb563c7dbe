import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { attachmentHref, attachmentsKey } from './get-attachments'

/** Buyers. 204; the file stays in the store for the record, the attachment leaves the lists. */
export function removeAttachment(procurementId: string, attachmentId: string): Promise<unknown> {
  return apiRequest(attachmentHref(procurementId, 'team', attachmentId), { method: 'DELETE', schema: z.unknown() })
}

export function useRemoveAttachment(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (attachmentId: string) => removeAttachment(procurementId, attachmentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(procurementId) }),
  })
}
