import { toCsv } from './csv'
import type { Translate } from './i18n/i18n'

/** What a published question and its answer show, whoever reads them. */
export interface PublishedQuestion {
  question: string
  answer: string | null
  publishedAt: string | null
}

/**
 * The published questions and answers as a spreadsheet, in the order they were published: what
 * every invited vendor has seen, fit to attach to the procurement documents. Nothing not yet
 * published; the caller passes nothing that tells who asked.
 */
export function publishedQuestionsCsv(
  questions: readonly PublishedQuestion[],
  t: Translate,
  formatDateTime: (iso: string) => string,
): string {
  const published = questions
    .filter((q): q is PublishedQuestion & { publishedAt: string } => q.publishedAt !== null)
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
  const header = [t('qa.export.number'), t('qa.export.question'), t('qa.export.answer'), t('qa.export.published')]
  return toCsv([header, ...published.map((q, index) => [index + 1, q.question, q.answer, formatDateTime(q.publishedAt)])])
}
