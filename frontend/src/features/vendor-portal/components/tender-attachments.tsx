import { useEffect, useId, useState } from 'react'

import { useConfirmation } from '@/components/confirm-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { FileList } from '@/components/file-list'
import { FileUpload } from '@/components/file-upload'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { ProblemDetailsError } from '@/lib/api/api-errors'
import { describeUploadError } from '@/lib/files/file-text'
import { type I18n, useI18n } from '@/lib/i18n/i18n'

import { tenderAttachmentHref, useTenderAttachments } from '../api/get-tender-attachments'
import { useRemoveTenderAttachment } from '../api/remove-tender-attachment'
import { useUploadTenderAttachment } from '../api/upload-tender-attachment'

// setTimeout takes at most 2^31 − 1 ms (about 24 days); a later deadline is looked at again on the next render
const LONGEST_TIMER = 2 ** 31 - 1

/** Whether the tender deadline is still ahead, turning false when it passes while the page is open. */
function useBeforeDeadline(deadline: string): boolean {
  const at = Date.parse(deadline)
  const [now, setNow] = useState(Date.now)
  const before = now < at
  useEffect(() => {
    if (!before) return undefined
    const wait = at - Date.now()
    if (wait > LONGEST_TIMER) return undefined
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, wait))
    return () => clearTimeout(timer)
  }, [at, before])
  return before
}

function isDeadlinePassed(error: unknown): boolean {
  return error instanceof ProblemDetailsError && error.code === 'tender.deadline-passed'
}

/** A tender's own refusals in the UI's words; the rest as for any upload. */
function describeTenderFileError(error: unknown, i18n: Pick<I18n, 't' | 'formatNumber'>): string {
  if (error instanceof ProblemDetailsError) {
    switch (error.code) {
      case 'tender.deadline-passed':
        return i18n.t('vendor.attachments.problem.deadlinePassed')
      case 'tender.not-published':
        return i18n.t('vendor.attachments.problem.notPublished')
      case 'tender.too-many-attachments':
        return i18n.t('vendor.attachments.problem.tooMany')
      default:
        break
    }
  }
  return describeUploadError(error, i18n)
}

/**
 * "Bilagor till anbudet": the vendor attaches files to its own tender and removes them (after
 * confirming) until the deadline; then, or once the server says the deadline has passed, the list
 * is read only. Each file says whether it is part of the tender as submitted. Its own panel beside
 * the tender form, so that saving the form (which starts it afresh) never cancels an upload.
 */
export function TenderAttachments({
  procurementId,
  tenderDeadline,
  deadlinePassed = false,
}: {
  procurementId: string
  tenderDeadline: string
  /** The server's clock says the deadline has passed (the browser's may lag behind it). */
  deadlinePassed?: boolean
}) {
  const i18n = useI18n()
  const { t, formatDateTime } = i18n
  const id = useId()
  const beforeDeadline = useBeforeDeadline(tenderDeadline)
  // the server's clock decides: a refusal for the deadline closes the section whatever this one says
  const [refusal, setRefusal] = useState<{ title: string; error: unknown } | null>(null)
  const canChange = beforeDeadline && !deadlinePassed && refusal === null
  const attachments = useTenderAttachments(procurementId)
  const upload = useUploadTenderAttachment(procurementId)
  const remove = useRemoveTenderAttachment(procurementId)
  const { ask, dialog } = useConfirmation()
  const [status, setStatus] = useState<string | null>(null)

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="vendor-tender-attachments">
      <h2 id={`${id}-heading`}>{t('vendor.attachments.heading')}</h2>
      <p className="panel__lead">{t('vendor.attachments.lead')}</p>
      {canChange ? (
        <p className="card__meta">{t('vendor.attachments.submitNote')}</p>
      ) : (
        <p className="notice" data-testid="tender-attachments-closed">
          {t('vendor.attachments.closed')}
        </p>
      )}
      <LiveStatus message={status} />
      {attachments.isPending ? (
        <Loading />
      ) : attachments.isError ? (
        <ErrorAlert error={attachments.error} title={t('vendor.attachments.loadFailed')} />
      ) : attachments.data.length === 0 ? (
        <p className="card__meta">{t('vendor.attachments.none')}</p>
      ) : (
        <FileList
          label={t('vendor.attachments.listLabel')}
          files={attachments.data}
          testIdPrefix="tender-attachment"
          href={(file) => tenderAttachmentHref(procurementId, file.id)}
          meta={(file) => (
            <p className="card__meta">
              {t('vendor.attachments.addedAt', { at: formatDateTime(file.addedAt) })}{' '}
              <span className="tag" data-testid="tender-attachment-submitted">
                {t(file.submitted ? 'vendor.attachments.submitted' : 'vendor.attachments.notSubmitted')}
              </span>
            </p>
          )}
          actions={
            canChange
              ? (file) => (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('vendor.attachments.removeLabel', { name: file.fileName })}
                    disabled={remove.isPending && remove.variables === file.id}
                    onClick={() =>
                      ask(
                        {
                          title: t('vendor.attachments.removeConfirmTitle'),
                          text: t('vendor.attachments.removeConfirmText', { name: file.fileName }),
                          confirmLabel: t('vendor.attachments.removeConfirmYes'),
                          testId: 'confirm-remove-tender-attachment',
                        },
                        () =>
                          remove.mutate(file.id, {
                            onSuccess: () => setStatus(t('vendor.attachments.removed', { name: file.fileName })),
                            onError: (error) => {
                              if (isDeadlinePassed(error)) setRefusal({ title: t('vendor.attachments.removeFailed'), error })
                            },
                          }),
                      )
                    }
                  >
                    {t('vendor.attachments.remove')}
                  </button>
                )
              : undefined
          }
        />
      )}
      {canChange ? (
        <FileUpload
          label={t('vendor.attachments.chooseFile')}
          testIdPrefix="tender-attachment"
          onUpload={(file, onProgress, signal) =>
            upload.mutateAsync({ file, onProgress, signal }).catch((error: unknown) => {
              if (isDeadlinePassed(error)) setRefusal({ title: t('files.uploadFailed'), error })
              throw error
            })
          }
          onUploaded={(file) => setStatus(t('vendor.attachments.uploaded', { name: file.fileName }))}
          onCancelled={() => setStatus(t('files.cancelled'))}
          describeError={(error) => describeTenderFileError(error, i18n)}
        />
      ) : null}
      {refusal ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{refusal.title}</p>
          <p>{describeTenderFileError(refusal.error, i18n)}</p>
        </div>
      ) : remove.isError ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{t('vendor.attachments.removeFailed')}</p>
          <p>{describeTenderFileError(remove.error, i18n)}</p>
        </div>
      ) : null}
      {dialog}
    </section>
  )
}
