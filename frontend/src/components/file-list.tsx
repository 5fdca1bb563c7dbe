import type { ReactNode } from 'react'

import { formatFileSize, shortHash } from '@/lib/files/file-text'
import { useI18n } from '@/lib/i18n/i18n'

/** What a list needs to know of a stored file. */
export interface ListedFile {
  id: string
  fileName: string
  sizeBytes: number
  sha256: string
}

export interface FileListProps<F extends ListedFile> {
  /** The list's accessible name, e.g. "Bifogade filer". */
  label: string
  files: readonly F[]
  /** The download route: it answers with `Content-Disposition: attachment`, so a plain link saves the file. */
  href: (file: F) => string
  /** Under the name: who added it when, whether it is submitted. */
  meta?: (file: F) => ReactNode
  /** After the checksum: e.g. a remove button. */
  actions?: (file: F) => ReactNode
  /** `<prefix>` on each item, `<prefix>-sha256` on its whole checksum. */
  testIdPrefix?: string
}

/**
 * Stored files: the name is the download link, then the size, what `meta` adds, and the SHA-256
 * the record keeps (shortened, the whole value in its title and one click away).
 */
export function FileList<F extends ListedFile>({ label, files, href, meta, actions, testIdPrefix = 'file' }: FileListProps<F>) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <ul className="file-list" aria-label={label}>
      {files.map((file) => (
        <li key={file.id} className="file-list__item" data-testid={testIdPrefix}>
          <a className="file-list__name" href={href(file)} download={file.fileName}>
            {file.fileName}
          </a>{' '}
          <span className="file-list__size">({formatFileSize(file.sizeBytes, i18n)})</span>
          {meta ? meta(file) : null}
          <details className="file-list__hash">
            <summary title={file.sha256}>{t('files.checksum', { hash: shortHash(file.sha256) })}</summary>
            <code data-testid={`${testIdPrefix}-sha256`}>{file.sha256}</code>
          </details>
          {actions ? actions(file) : null}
        </li>
      ))}
    </ul>
  )
}
