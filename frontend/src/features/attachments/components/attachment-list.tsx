import { useConfirmation } from '@/components/confirm-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { FileList } from '@/components/file-list'
import { useI18n } from '@/lib/i18n/i18n'

import { type Attachment, attachmentHref, type AttachmentScope } from '../api/get-attachments'
import { useRemoveAttachment } from '../api/remove-attachment'

export interface AttachmentListProps {
  procurementId: string
  scope: AttachmentScope
  attachments: readonly Attachment[]
  /** Buyers: a remove button on each, behind a confirmation. */
  canRemove?: boolean
  onStatus?: (message: string) => void
}

/**
 * Attached files: the name is the download link, then the size, who added it when (the team
 * sees who), and the SHA-256 the record keeps (shortened; the whole value one click away).
 */
export function AttachmentList({ procurementId, scope, attachments, canRemove = false, onStatus }: AttachmentListProps) {
  const { t, formatDateTime } = useI18n()
  const remove = useRemoveAttachment(procurementId)
  const { ask, dialog } = useConfirmation()

  return (
    <>
      <FileList
        label={t('attachments.listLabel')}
        files={attachments}
        testIdPrefix="attachment"
        href={(attachment) => attachmentHref(procurementId, scope, attachment.id)}
        meta={(attachment) => (
          <p className="card__meta">
            {attachment.addedBy
              ? t('attachments.addedBy', { name: attachment.addedBy.name, at: formatDateTime(attachment.addedAt) })
              : t('attachments.addedAt', { at: formatDateTime(attachment.addedAt) })}
          </p>
        )}
        actions={
          canRemove
            ? (attachment) => (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('attachments.removeLabel', { name: attachment.fileName })}
                  disabled={remove.isPending && remove.variables === attachment.id}
                  onClick={() =>
                    ask(
                      {
                        title: t('attachments.removeConfirmTitle'),
                        text: t('attachments.removeConfirmText', { name: attachment.fileName }),
                        confirmLabel: t('attachments.removeConfirmYes'),
                        testId: 'confirm-remove-attachment',
                      },
                      () =>
                        remove.mutate(attachment.id, {
                          onSuccess: () => onStatus?.(t('attachments.removed', { name: attachment.fileName })),
                        }),
                    )
                  }
                >
                  {t('attachments.remove')}
                </button>
              )
            : undefined
        }
      />
      {remove.isError ? <ErrorAlert error={remove.error} title={t('attachments.removeFailed')} /> : null}
      {dialog}
    </>
  )
}
