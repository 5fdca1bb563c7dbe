import { ProblemDetailsError } from '@/lib/api/api-errors'
import { describeUploadError } from '@/lib/files/file-text'
import type { I18n } from '@/lib/i18n/i18n'

/** Why an attachment was refused: its target gone, or what is said of any upload. */
export function describeAttachmentUploadError(error: unknown, i18n: Pick<I18n, 't' | 'formatNumber'>): string {
  if (error instanceof ProblemDetailsError && error.code === 'attachment.unknown-target') return i18n.t('attachments.problem.unknownTarget')
  return describeUploadError(error, i18n)
}
