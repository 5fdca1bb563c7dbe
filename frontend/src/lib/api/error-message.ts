import type { MessageKey, Translate } from '@/lib/i18n/i18n'

import {
  AuthenticationRequiredError,
  NetworkError,
  ProblemDetailsError,
  UnexpectedResponseError,
} from './api-errors'

/** Problem `code`s that the UI explains in its own words; anything else falls back to `detail`. */
const KNOWN_CODES: Record<string, MessageKey> = {
  'member.email-taken': 'problem.memberEmailTaken',
  'tenant.last-admin': 'problem.tenantLastAdmin',
  'edit.conflict': 'problem.editConflict',
  unavailable: 'problem.unavailable',
  'too-large': 'problem.tooLarge',
  'rate-limited': 'problem.rateLimited',
  // the server's "No such …" is English and says no more than this does
  'not-found': 'error.notFound',
  'procurement.before-deadline': 'problem.beforeDeadline',
  'invitation.published': 'problem.invitationPublished',
}

function messageForStatus(status: number): MessageKey {
  if (status === 400 || status === 422) return 'error.invalid'
  if (status === 403) return 'error.forbidden'
  if (status === 404) return 'error.notFound'
  if (status === 409) return 'error.conflict'
  if (status >= 500) return 'error.server'
  return 'error.unexpected'
}

/** A sentence for people, never a stack trace. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ProblemDetailsError) {
    const known = error.code ? KNOWN_CODES[error.code] : undefined
    if (known) return t(known)
    // `title` is usually just the HTTP reason phrase ("Conflict"), in English: our own sentence is better
    return error.problem.detail || t(messageForStatus(error.status))
  }
  if (error instanceof AuthenticationRequiredError) return t('error.sessionExpired')
  if (error instanceof NetworkError) return t('error.network')
  if (error instanceof UnexpectedResponseError) return t('error.unexpectedResponse')
  return t('error.unexpected')
}

/** Field errors of a 400 answer (and of known codes that concern one field), keyed by field name. */
export function fieldErrorsOf(error: unknown, t: Translate): Record<string, string> {
  const result: Record<string, string> = {}
  if (!(error instanceof ProblemDetailsError)) return result
  for (const { field, message } of error.fieldErrors) {
    result[field] = result[field] ? `${result[field]} ${message}` : message
  }
  if (error.code === 'member.email-taken' && !result.email) {
    result.email = t('problem.memberEmailTaken')
  }
  return result
}
