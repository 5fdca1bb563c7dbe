import type { Translate } from '@/lib/i18n/i18n'
import type { ConflictChoice } from '@/lib/use-co-edit'

import { type Benefit, NEED_FIELDS, type NeedContent, type NeedField, type Priority } from '../api/get-needs'

/** A need as typed in a form: all text, so that nothing typed is lost, whatever happens. */
export interface NeedDraft {
  statement: string
  perspective: string
  schoolProcess: string
  priority: Priority | ''
  steeringDocument: string
  benefit: {
    description: string
    indicator: string
    baseline: string
    target: string
    unit: string
  }
}

/** Keys of errors: a field, or `benefit.<part>`. */
export type DraftErrors = Partial<Record<string, string>>

export const EMPTY_DRAFT: NeedDraft = {
  statement: '',
  perspective: '',
  schoolProcess: '',
  priority: '',
  steeringDocument: '',
  benefit: { description: '', indicator: '', baseline: '', target: '', unit: '' },
}

export const STATEMENT_MAX = 1000

/** "2,5", "2.5", "1 200" → number; empty → null; anything else → NaN. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  if (compact === '') return null
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN
}

function numberText(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',')
}

export function draftOf(content: NeedContent): NeedDraft {
  return {
    statement: content.statement,
    perspective: content.perspective,
    schoolProcess: content.schoolProcess,
    priority: content.priority,
    steeringDocument: content.steeringDocument ?? '',
    benefit: {
      description: content.benefit.description ?? '',
      indicator: content.benefit.indicator ?? '',
      baseline: numberText(content.benefit.baseline),
      target: numberText(content.benefit.target),
      unit: content.benefit.unit ?? '',
    },
  }
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

/** The draft as the API takes it. Only call after {@link validateDraft} found nothing. */
export function contentOf(draft: NeedDraft): NeedContent {
  return {
    statement: draft.statement.trim(),
    perspective: draft.perspective,
    schoolProcess: draft.schoolProcess,
    priority: (draft.priority || 'MEDIUM') as Priority,
    steeringDocument: orNull(draft.steeringDocument),
    benefit: {
      description: orNull(draft.benefit.description),
      indicator: orNull(draft.benefit.indicator),
      baseline: parseDecimal(draft.benefit.baseline),
      target: parseDecimal(draft.benefit.target),
      unit: orNull(draft.benefit.unit),
    },
  }
}

export function contentOfNeed(need: NeedContent): NeedContent {
  const { statement, perspective, schoolProcess, priority, steeringDocument, benefit } = need
  return { statement, perspective, schoolProcess, priority, steeringDocument, benefit }
}

export function validateDraft(draft: NeedDraft, t: Translate): DraftErrors {
  const errors: DraftErrors = {}
  if (!draft.statement.trim()) errors.statement = t('form.required')
  else if (draft.statement.trim().length > STATEMENT_MAX) errors.statement = t('form.tooLong', { max: STATEMENT_MAX })
  if (!draft.perspective) errors.perspective = t('form.chooseOne')
  if (!draft.schoolProcess) errors.schoolProcess = t('form.chooseOne')
  if (!draft.priority) errors.priority = t('form.chooseOne')
  if (!draft.benefit.description.trim()) errors['benefit.description'] = t('need.benefitRequired')
  for (const part of ['baseline', 'target'] as const) {
    if (Number.isNaN(parseDecimal(draft.benefit[part]))) errors[`benefit.${part}`] = t('form.invalidNumber')
  }
  return errors
}

/** Order in which a form's fields appear, to focus the first one that needs attention. */
export const DRAFT_ERROR_ORDER = [
  'statement',
  'perspective',
  'schoolProcess',
  'priority',
  'steeringDocument',
  'benefit.description',
  'benefit.indicator',
  'benefit.baseline',
  'benefit.target',
  'benefit.unit',
] as const

function normalised(field: NeedField, value: NeedContent[NeedField]): string {
  if (field === 'benefit') {
    const b = value as Benefit
    return JSON.stringify([b.description, b.indicator, b.baseline, b.target, b.unit])
  }
  return JSON.stringify(value ?? null)
}

export function sameValue<F extends NeedField>(field: F, a: NeedContent[F], b: NeedContent[F]): boolean {
  return normalised(field, a) === normalised(field, b)
}

/** The fields of `next` that differ from `base`, with their new values (what a PATCH sends). */
export function changesBetween(base: NeedContent, next: NeedContent): Partial<NeedContent> {
  const changes: Partial<Record<NeedField, unknown>> = {}
  for (const field of NEED_FIELDS) {
    if (!sameValue(field, base[field], next[field])) changes[field] = next[field]
  }
  return changes as Partial<NeedContent>
}

/** The choice per field in the shared conflict dialog. */
export type Choice = ConflictChoice

/**
 * After a conflict: what the need should become. Conflicting fields as chosen; fields only the
 * person changed keep the person's value (nothing was stored, so they are sent again); fields
 * only others changed keep theirs.
 */
export function resolveDraft(
  base: NeedContent,
  mine: NeedContent,
  current: NeedContent,
  choices: Partial<Record<NeedField, Choice>>,
): NeedContent {
  const next: Record<NeedField, unknown> = { ...current }
  for (const field of NEED_FIELDS) {
    const choice = choices[field]
    if (choice) next[field] = choice === 'mine' ? mine[field] : current[field]
    else if (!sameValue(field, base[field], mine[field])) next[field] = mine[field]
  }
  return next as NeedContent
}
