import { useMutation, useQueryClient } from '@tanstack/react-query'

import { tenderAttachmentSchema } from '@/lib/tender-attachment'
import { uploadFile, type UploadProgress } from '@/lib/upload/upload-file'

import { tenderAttachmentsPath } from './get-tender-attachments'

export interface NewTenderAttachment {
  file: File
  onProgress?: (progress: UploadProgress) => void
  signal?: AbortSignal
}

/**
 * Attaches a file to the vendor's own tender (sealed like it) until the deadline: `409
 * tender.deadline-passed`, `tender.not-published`, `tender.too-many-attachments`, and the refusals
 * of any upload. The tender is refetched after it: a file added after a submission waits for the
 * next one (`changedSinceSubmission`).
 */
export function useUploadTenderAttachment(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ file, onProgress, signal }: NewTenderAttachment) =>
      uploadFile({
        path: `${tenderAttachmentsPath(id)}?${new URLSearchParams({ name: file.name }).toString()}`,
        file,
        schema: tenderAttachmentSchema,
        onProgress,
        signal,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['vendor', id, 'tender'] }),
  })
}
