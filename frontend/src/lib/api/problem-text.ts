import type { MessageKey, Translate } from '@/lib/i18n/i18n'

import { ProblemDetailsError } from './api-errors'
import { describeError, fieldErrorsOf } from './error-message'

/**
 * Problem `code`s a feature explains in its own words. The server's `detail` is English and
 * written for developers; a feature that knows a code says it better, in the UI language.
 */
export type ProblemCodes = Readonly<Record<string, MessageKey>>

function knownMessage(error: unknown, t: Translate, codes: ProblemCodes): string | undefined {
  if (!(error instanceof ProblemDetailsError) || !error.code) return undefined
  const key = codes[error.code]
  return key ? t(key) : undefined
}

/** {@link describeError}, with the feature's own words for the codes it knows. */
export function describeProblem(error: unknown, t: Translate, codes: ProblemCodes = {}): string {
  return knownMessage(error, t, codes) ?? describeError(error, t)
}

/**
 * {@link fieldErrorsOf}, keyed by the top-level field ("references[2]" → "references": bean
 * validation names list elements), and with the feature's own words for the codes it knows.
 */
export function problemFieldErrors(error: unknown, t: Translate, codes: ProblemCodes = {}): Record<string, string> {
  const known = knownMessage(error, t, codes)
  const result: Record<string, string> = {}
  for (const [field, message] of Object.entries(fieldErrorsOf(error, t))) {
    const name = field.replace(/[[.].*$/, '')
    const text = known ?? message
    result[name] = result[name] && result[name] !== text ? `${result[name]} ${text}` : text
  }
  return result
}
