import { ProblemDetailsError } from '@/lib/api/api-errors'
import { describeError } from '@/lib/api/error-message'
import type { I18n } from '@/lib/i18n/i18n'

const KB = 1024
const MB = 1024 * 1024

type Texts = Pick<I18n, 't' | 'formatNumber'>

/** A file's size for people: bytes, kB or MB (1024-based, as the server's limit), in the UI language's number format. */
export function formatFileSize(bytes: number, { t, formatNumber }: Texts): string {
  if (bytes < KB) return t('files.size.bytes', { size: formatNumber(bytes) })
  if (bytes < MB) return t('files.size.kB', { size: formatNumber(roundForSize(bytes / KB)) })
  return t('files.size.MB', { size: formatNumber(roundForSize(bytes / MB)) })
}

/** One decimal under 10 ("2,5 MB"), whole numbers above ("48 kB"). */
function roundForSize(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value)
}

/** The start of a SHA-256 in hex, enough to tell files apart by eye. */
export function shortHash(sha256: string): string {
  return sha256.length > 12 ? `${sha256.slice(0, 12)}…` : sha256
}

function stringProperty(error: ProblemDetailsError, name: string): string | undefined {
  const value = (error.problem as Record<string, unknown>)[name]
  return typeof value === 'string' && value ? value : undefined
}

/**
 * Why an upload was refused, in the UI's words: the size limit in MB, the type the server found in
 * the bytes, an empty file, a name it cannot use. Anything else reads as {@link describeError} says it
 * (a feature explains its own codes first and hands the rest to this).
 */
export function describeUploadError(error: unknown, i18n: Texts): string {
  const { t } = i18n
  if (error instanceof ProblemDetailsError) {
    const detected = stringProperty(error, 'detectedType')
    switch (error.code) {
      case 'too-large': {
        const max = (error.problem as Record<string, unknown>).maxBytes
        return typeof max === 'number' && max > 0
          ? t('files.problem.tooLarge', { max: formatFileSize(max, i18n) })
          : t('files.problem.tooLargeUnknown')
      }
      case 'attachment.type-not-allowed':
        return detected ? t('files.problem.typeNotAllowed', { type: detected }) : t('files.problem.typeNotAllowedUnknown')
      case 'attachment.type-mismatch':
        return t('files.problem.typeMismatch', { type: detected ?? '?' })
      case 'attachment.empty':
        return t('files.problem.empty')
      case 'attachment.name':
        return t('files.problem.name')
      default:
        break
    }
    if (error.status === 413) return t('files.problem.tooLargeUnknown')
  }
  return describeError(error, t)
}
