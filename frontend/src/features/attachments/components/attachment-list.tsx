import { useConfirmation } from '@/components/confirm-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { useI18n } from '@/lib/i18n/i18n'

import { type Attachment, attachmentHref, type AttachmentScope } from '../api/get-attachments'
import { useRemoveAttachment } from '../api/remove-attachment'
import { formatFileSize, shortHash } from '../lib/attachment-text'

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
  const i18n = useI18n()
  const { t, formatDateTime } = i18n
  const remove = useRemoveAttachment(procurementId)
  const { ask, dialog } = useConfirmation()

  return (
    <>
      <ul className="attachment-list" aria-label={t('attachments.listLabel')}>
        {attachments.map((attachment) => (
          <li key={attachment.id} className="attachment-list__item" data-testid="attachment">
            <a className="attachment-list__name" href={attachmentHref(procurementId, scope, attachment.id)} download={attachment.fileName}>
              {attachment.fileName}
            </a>{' '}
            <span className="attachment-list__size">({formatFileSize(attachment.sizeBytes, i18n)})</span>
            <p className="card__meta">
              {attachment.addedBy
                ? t('attachments.addedBy', { name: attachment.addedBy.name, at: formatDateTime(attachment.addedAt) })
                : t('attachments.addedAt', { at: formatDateTime(attachment.addedAt) })}
            </p>
            <details className="attachment-list__hash">
              <summary title={attachment.sha256}>{t('attachments.checksum', { hash: shortHash(attachment.sha256) })}</summary>
              <code data-testid="attachment-sha256">{attachment.sha256}</code>
            </details>
            {canRemove ? (
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
            ) : null}
          </li>
        ))}
      </ul>
      {remove.isError ? <ErrorAlert error={remove.error} title={t('attachments.removeFailed')} /> : null}
      {dialog}
    </>
  )
}
