import { ProblemDetailsError } from '@/lib/api/api-errors'
import type { MessageKey, Translate } from '@/lib/i18n/i18n'

import { type RequirementField, requirementFieldOf } from './get-requirements'

/**
 * The server's own rules, in the reader's language; the server's English sentence is the fallback.
 * Keyed by problem `code` (rules of the requirement) and by field (plain validation, whose codes say nothing).
 */
const RULE_MESSAGES: Record<string, MessageKey> = {
  'requirement.text-blank': 'requirements.textRequired',
  'requirement.weight-range': 'requirements.weightRequired',
  'requirement.weight-mandatory': 'requirements.problem.weightMandatory',
  'requirement.unknown-need': 'requirements.problem.unknownNeed',
  'requirement.incomplete': 'form.required',
}
const VALIDATION_MESSAGES: Partial<Record<RequirementField, MessageKey>> = {
  text: 'requirements.problem.textLength',
  weight: 'requirements.weightRequired',
  verificationMethod: 'requirements.problem.verificationLength',
  needIds: 'requirements.problem.unknownNeed',
}

/**
 * Field errors of a 400 answer, keyed by the form's field names. An edit's fields arrive as
 * `changes.text` or `needIds[0]`; they belong at the field itself.
 */
export function requirementFieldErrors(error: unknown, t: Translate): Partial<Record<RequirementField, string>> {
  const result: Partial<Record<RequirementField, string>> = {}
  if (!(error instanceof ProblemDetailsError) || error.status !== 400) return result
  for (const { field: raw, message } of error.fieldErrors) {
    const field = requirementFieldOf(raw.replace(/^changes\./, '').replace(/\[.*$/, ''))
    if (!field || result[field]) continue
    const known = (error.code && RULE_MESSAGES[error.code]) || (error.code === 'validation' ? VALIDATION_MESSAGES[field] : undefined)
    result[field] = known ? t(known) : message
  }
  return result
}
