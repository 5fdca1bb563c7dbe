import { useId, useRef, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import { type ImportCellError, ImportRejectedError, type UploadProgress, useImportRequirements, XLSX_TYPE } from '../api/import-requirements'

/** What a refused import says in the UI's own words; a code not listed falls back to the common error text. */
const REFUSALS: Record<string, MessageKey> = {
  'too-large': 'requirements.import.tooLarge',
  'import.not-xlsx': 'requirements.import.notXlsx',
  'import.empty': 'requirements.import.empty',
  'import.too-many-rows': 'requirements.import.tooManyRows',
}

/**
 * Imports requirements from an Excel file (buyers, before publication): a button opens the file
 * picker, the upload shows its progress, and the answer is either how many were created or every
 * wrong cell by row and column (then nothing was created).
 */
export function RequirementsImport({ procurementId, onStatus }: { procurementId: string; onStatus: (message: string) => void }) {
  const { t } = useI18n()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const importing = useImportRequirements(procurementId)
  const [file, setFile] = useState<string | null>(null)
  const [progress, setProgress] = useState<UploadProgress | null>(null)

  const start = (chosen: File) => {
    setFile(chosen.name)
    setProgress(null)
    importing.mutate(
      { file: chosen, onProgress: setProgress },
      { onSuccess: (created) => onStatus(t('requirements.import.created', { count: created.length })) },
    )
  }
  const error = importing.error
  const refusal = error instanceof ImportRejectedError && error.code ? REFUSALS[error.code] : undefined

  return (
    <div className="requirements-import" data-testid="requirements-import">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={`${id}-hint`}
        disabled={importing.isPending}
        onClick={() => input.current?.click()}
      >
        {t('requirements.import')}
      </button>
      <span id={`${id}-hint`} className="field__hint">
        {t('requirements.import.hint')}
      </span>
      <input
        ref={input}
        type="file"
        accept={`.xlsx,${XLSX_TYPE}`}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('requirements.import')}
        data-testid="requirements-import-file"
        onChange={(event) => {
          const chosen = event.target.files?.[0]
          // the same file again must start a new import
          event.target.value = ''
          if (chosen) start(chosen)
        }}
      />
      {importing.isPending ? (
        <p className="requirements-import__progress">
          <label htmlFor={`${id}-progress`}>{t('requirements.import.uploading', { name: file ?? '' })}</label>{' '}
          {/* without a known size the bar runs without a value: the browser shows it as busy */}
          <progress
            id={`${id}-progress`}
            max={progress?.total ?? undefined}
            value={progress?.total ? progress.loaded : undefined}
            aria-label={t('requirements.import.progress')}
          />
        </p>
      ) : null}
      {error instanceof ImportRejectedError && error.cells.length > 0 ? (
        <ImportCellErrors cells={error.cells} />
      ) : refusal ? (
        <div className="alert alert--error" role="alert">
          <p>{t(refusal)}</p>
        </div>
      ) : error ? (
        <ErrorAlert error={error} title={t('requirements.import.failed')} />
      ) : null}
    </div>
  )
}

/** Every wrong cell of a refused sheet, by row and column, in the order of the sheet. */
export function ImportCellErrors({ cells }: { cells: readonly ImportCellError[] }) {
  const { t } = useI18n()
  const id = useId()
  return (
    <div className="alert alert--error" role="alert" aria-labelledby={`${id}-title`} data-testid="import-errors">
      <p id={`${id}-title`} className="alert__title">
        {t('requirements.import.invalidTitle')}
      </p>
      <ul>
        {cells.map((cell, index) => (
          <li key={`${cell.row}-${cell.column}-${index}`}>
            <strong>{t('requirements.import.cell', { row: cell.row, column: cell.column })}:</strong> {cell.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
