import { useMutation, useQueryClient } from '@tanstack/react-query'

import { uploadFile, type UploadProgress } from '@/lib/upload/upload-file'

import { type Attachment, attachmentSchema, attachmentsKey, attachmentsPath, type AttachmentTarget } from './get-attachments'

export interface NewAttachment {
  target: AttachmentTarget
  /** The requirement's id, or the question's id for its answer; left out for the procurement. */
  targetId?: string
  file: File
  onProgress?: (progress: UploadProgress) => void
  /** Aborting it aborts the request; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal
}

/**
 * Buyers. The file itself as the body, with progress (see {@link uploadFile}); refusals as problem
 * details (413 `too-large` with `maxBytes`, 415 `attachment.type-*` with `detectedType`, 400 `attachment.*`).
 */
export function uploadAttachment(procurementId: string, upload: NewAttachment): Promise<Attachment> {
  const { target, targetId, file, onProgress, signal } = upload
  const query = new URLSearchParams({ target })
  if (targetId) query.set('targetId', targetId)
  query.set('name', file.name)
  const path = `${attachmentsPath(procurementId, 'team')}?${query.toString()}`
  return uploadFile({ path, file, schema: attachmentSchema, onProgress, signal })
}

export function useUploadAttachment(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (upload: NewAttachment) => uploadAttachment(procurementId, upload),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(procurementId) }),
  })
}
