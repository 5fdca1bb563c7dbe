import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

import { useI18n } from '@/lib/i18n/i18n'

import type { AttachmentTarget } from '../api/get-attachments'
import { isAbort, type UploadProgress, useUploadAttachment } from '../api/upload-attachment'
import { describeUploadError, formatFileSize } from '../lib/attachment-text'

export interface AttachmentUploadProps {
  procurementId: string
  target: AttachmentTarget
  /** The requirement's id, or the question's id for its answer; left out for the procurement. */
  targetId?: string
  /** A result for the live region: attached, or cancelled. */
  onStatus: (message: string) => void
}

/**
 * Buyers attach a file: a labelled file input and an upload button (both reachable by keyboard),
 * then a progress bar with the percentage and bytes sent, which the upload can be cancelled from.
 * A refusal says why in the UI's words (the size limit, the type found in the bytes).
 */
export function AttachmentUpload({ procurementId, target, targetId, onStatus }: AttachmentUploadProps) {
  const i18n = useI18n()
  const { t } = i18n
  const id = useId()
  const upload = useUploadAttachment(procurementId)
  const [file, setFile] = useState<File | null>(null)
  // a fresh input after an upload: the browser keeps the chosen file in it otherwise
  const [inputKey, setInputKey] = useState(0)
  const [missing, setMissing] = useState(false)
  const [progress, setProgress] = useState<UploadProgress | null>(null)
  const [sending, setSending] = useState<string | null>(null)
  const controller = useRef<AbortController | null>(null)

  // leaving the page (or closing the section) does not leave an upload running unseen
  useEffect(() => () => controller.current?.abort(), [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!file) {
      setMissing(true)
      return
    }
    setMissing(false)
    setProgress({ loaded: 0, total: file.size })
    setSending(file.name)
    const abort = new AbortController()
    controller.current = abort
    upload.mutate(
      { target, targetId, file, onProgress: setProgress, signal: abort.signal },
      {
        onSuccess: (attachment) => {
          setFile(null)
          setInputKey((key) => key + 1)
          onStatus(t('attachments.uploaded', { name: attachment.fileName }))
        },
        onError: (error) => {
          if (isAbort(error)) onStatus(t('attachments.cancelled'))
        },
        onSettled: () => {
          controller.current = null
          setSending(null)
          setProgress(null)
        },
      },
    )
  }

  const error = upload.isError && !isAbort(upload.error) ? upload.error : null
  const total = progress?.total ?? null
  const percent = progress && total ? Math.min(100, Math.round((progress.loaded / total) * 100)) : null
  const hintId = `${id}-hint`
  const errorId = `${id}-error`

  return (
    <form className="attachment-upload" noValidate onSubmit={submit} data-testid="attachment-upload">
      <div className={missing ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('attachments.chooseFile')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('attachments.hint')}
        </p>
        {missing ? (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {t('attachments.noFile')}
          </p>
        ) : null}
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          className="field__input attachment-upload__file"
          aria-describedby={missing ? `${hintId} ${errorId}` : hintId}
          aria-invalid={missing ? true : undefined}
          disabled={upload.isPending}
          data-testid="attachment-file"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setMissing(false)
          }}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={upload.isPending}>
          {t('attachments.upload')}
        </button>
      </div>
      {upload.isPending && sending ? (
        <div className="attachment-upload__progress" data-testid="attachment-progress">
          <label htmlFor={`${id}-progress`}>{t('attachments.uploading', { name: sending })}</label>
          {/* without a known size the bar runs without a value: the browser shows it as busy */}
          <progress id={`${id}-progress`} max={total ?? undefined} value={total ? progress?.loaded : undefined} />
          <span className="attachment-upload__numbers">
            {percent !== null && total
              ? t('attachments.progress', {
                  percent: i18n.formatNumber(percent),
                  loaded: formatFileSize(progress?.loaded ?? 0, i18n),
                  total: formatFileSize(total, i18n),
                })
              : t('attachments.progressUnknown', { loaded: formatFileSize(progress?.loaded ?? 0, i18n) })}
          </span>
          <button type="button" className="button button--secondary" onClick={() => controller.current?.abort()}>
            {t('attachments.cancel')}
          </button>
        </div>
      ) : null}
      {error ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{t('attachments.uploadFailed')}</p>
          <p>{describeUploadError(error, i18n)}</p>
        </div>
      ) : null}
    </form>
  )
}
