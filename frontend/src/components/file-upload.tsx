import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

import { describeUploadError, formatFileSize } from '@/lib/files/file-text'
import { useI18n } from '@/lib/i18n/i18n'
import { isAbort, type UploadProgress } from '@/lib/upload/upload-file'

export interface FileUploadProps<T> {
  /** The file input's label, e.g. "Välj en fil att bifoga". */
  label: string
  /** Under the label; the accepted types unless told otherwise. */
  hint?: string
  /**
   * Sends the file (e.g. with `uploadFile` from `@/lib/upload/upload-file`), reporting progress and
   * stopping when `signal` aborts (then rejecting with an `AbortError`).
   */
  onUpload: (file: File, onProgress: (progress: UploadProgress) => void, signal: AbortSignal) => Promise<T>
  /** The server took the file: e.g. a sentence for the live region. */
  onUploaded?: (result: T) => void
  /** The person cancelled the upload: nothing was saved. */
  onCancelled?: () => void
  /** Why the upload was refused, in the UI's words; the shared sizes and types unless told otherwise. */
  describeError?: (error: unknown) => string
  disabled?: boolean
  /** `<prefix>-upload` on the form, `-file` on the input, `-progress` on the progress. */
  testIdPrefix?: string
}

/**
 * Uploads one file: a labelled file input and an upload button (both reachable by keyboard), then a
 * progress bar with the percentage and bytes sent, which the upload can be cancelled from. A refusal
 * says why. Presentational: what is sent where is `onUpload`'s business.
 */
export function FileUpload<T>({
  label,
  hint,
  onUpload,
  onUploaded,
  onCancelled,
  describeError,
  disabled = false,
  testIdPrefix = 'file',
}: FileUploadProps<T>) {
  const i18n = useI18n()
  const { t } = i18n
  const id = useId()
  const [file, setFile] = useState<File | null>(null)
  // a fresh input after an upload: the browser keeps the chosen file in it otherwise
  const [inputKey, setInputKey] = useState(0)
  const [missing, setMissing] = useState(false)
  const [progress, setProgress] = useState<UploadProgress | null>(null)
  const [sending, setSending] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const controller = useRef<AbortController | null>(null)

  // leaving the page (or closing the section) does not leave an upload running unseen
  useEffect(() => () => controller.current?.abort(), [])

  const finish = () => {
    controller.current = null
    setSending(null)
    setProgress(null)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    if (!file) {
      setMissing(true)
      return
    }
    setMissing(false)
    setError(null)
    setProgress({ loaded: 0, total: file.size })
    setSending(file.name)
    const abort = new AbortController()
    controller.current = abort
    onUpload(file, setProgress, abort.signal).then(
      (result) => {
        finish()
        setFile(null)
        setInputKey((key) => key + 1)
        onUploaded?.(result)
      },
      (failure: unknown) => {
        finish()
        if (isAbort(failure)) onCancelled?.()
        else setError(failure)
      },
    )
  }

  const pending = sending !== null
  const total = progress?.total ?? null
  const percent = progress && total ? Math.min(100, Math.round((progress.loaded / total) * 100)) : null
  const hintId = `${id}-hint`
  const errorId = `${id}-error`

  return (
    <form className="file-upload" noValidate onSubmit={submit} data-testid={`${testIdPrefix}-upload`}>
      <div className={missing ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={`${id}-file`}>
          {label}
        </label>
        <p className="field__hint" id={hintId}>
          {hint ?? t('files.hint')}
        </p>
        {missing ? (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {t('files.noFile')}
          </p>
        ) : null}
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          className="field__input file-upload__file"
          aria-describedby={missing ? `${hintId} ${errorId}` : hintId}
          aria-invalid={missing ? true : undefined}
          disabled={pending || disabled}
          data-testid={`${testIdPrefix}-file`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setMissing(false)
          }}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={pending || disabled}>
          {t('files.upload')}
        </button>
      </div>
      {sending ? (
        <div className="file-upload__progress" data-testid={`${testIdPrefix}-progress`}>
          <label htmlFor={`${id}-progress`}>{t('files.uploading', { name: sending })}</label>
          {/* without a known size the bar runs without a value: the browser shows it as busy */}
          <progress id={`${id}-progress`} max={total ?? undefined} value={total ? progress?.loaded : undefined} />
          <span className="file-upload__numbers">
            {percent !== null && total
              ? t('files.progress', {
                  percent: i18n.formatNumber(percent),
                  loaded: formatFileSize(progress?.loaded ?? 0, i18n),
                  total: formatFileSize(total, i18n),
                })
              : t('files.progressUnknown', { loaded: formatFileSize(progress?.loaded ?? 0, i18n) })}
          </span>
          <button type="button" className="button button--secondary" onClick={() => controller.current?.abort()}>
            {t('files.cancel')}
          </button>
        </div>
      ) : null}
      {error ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{t('files.uploadFailed')}</p>
          <p>{describeError ? describeError(error) : describeUploadError(error, i18n)}</p>
        </div>
      ) : null}
    </form>
  )
}
