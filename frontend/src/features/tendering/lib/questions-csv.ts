import { toCsv } from '@/lib/csv'
import type { Translate } from '@/lib/i18n/i18n'

import type { Question } from '../api/tendering'

/**
 * The published questions and answers as a spreadsheet, in the order they were published: what
 * every invited vendor has seen, fit to attach to the procurement documents. Never who asked,
 * and nothing not yet published.
 */
export function publishedQuestionsCsv(questions: readonly Question[], t: Translate, formatDateTime: (iso: string) => string): string {
  const published = questions
    .filter((q): q is Question & { publishedAt: string } => q.publishedAt !== null)
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
  const header = [t('tendering.export.number'), t('tendering.export.question'), t('tendering.export.answer'), t('tendering.export.published')]
  return toCsv([header, ...published.map((q, index) => [index + 1, q.question, q.answer, formatDateTime(q.publishedAt)])])
}
