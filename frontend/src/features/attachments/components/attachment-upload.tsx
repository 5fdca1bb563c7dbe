import { FileUpload } from '@/components/file-upload'
import { useI18n } from '@/lib/i18n/i18n'

import type { AttachmentTarget } from '../api/get-attachments'
import { useUploadAttachment } from '../api/upload-attachment'
import { describeAttachmentUploadError } from '../lib/attachment-text'

export interface AttachmentUploadProps {
  procurementId: string
  target: AttachmentTarget
  /** The requirement's id, or the question's id for its answer; left out for the procurement. */
  targetId?: string
  /** A result for the live region: attached, or cancelled. */
  onStatus: (message: string) => void
}

/**
 * Buyers attach a file: the shared upload control (progress bar, cancel) sending to the
 * procurement, one of its requirements or an answer. A refusal says why in the UI's words.
 */
export function AttachmentUpload({ procurementId, target, targetId, onStatus }: AttachmentUploadProps) {
  const i18n = useI18n()
  const { t } = i18n
  const upload = useUploadAttachment(procurementId)
  return (
    <FileUpload
      label={t('attachments.chooseFile')}
      testIdPrefix="attachment"
      onUpload={(file, onProgress, signal) => upload.mutateAsync({ target, targetId, file, onProgress, signal })}
      onUploaded={(attachment) => onStatus(t('attachments.uploaded', { name: attachment.fileName }))}
      onCancelled={() => onStatus(t('files.cancelled'))}
      describeError={(error) => describeAttachmentUploadError(error, i18n)}
    />
  )
}
