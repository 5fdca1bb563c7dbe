import type { Translate } from '@/lib/i18n/i18n'

import type { Category, Kind, Template } from '../api/get-templates'
import type { TemplateContent } from '../api/save-template'

/** What the template form holds while someone types: strings, as the inputs give them. */
export interface TemplateDraft {
  titleSv: string
  titleEn: string
  text: string
  kind: Kind
  defaultWeight: string
  category: Category | ''
  verificationMethod: string
  schoolProcesses: string[]
  /** One reference per line. */
  references: string
}

export type TemplateField = keyof TemplateDraft
export type TemplateErrors = Partial<Record<TemplateField, string>>

/** In the order of the form, to move focus to the first problem. */
export const TEMPLATE_FIELDS: readonly TemplateField[] = [
  'titleSv',
  'titleEn',
  'text',
  'kind',
  'defaultWeight',
  'category',
  'verificationMethod',
  'schoolProcesses',
  'references',
]

/** The server's limits (LibraryController.TemplateRequest and the template's weight rule). */
export const LIMITS = { title: 300, text: 4000, verificationMethod: 1000, listItems: 20, reference: 100, minWeight: 1, maxWeight: 100 }

export function draftOf(template?: Template): TemplateDraft {
  return {
    titleSv: template?.titleSv ?? '',
    titleEn: template?.titleEn ?? '',
    text: template?.text ?? '',
    kind: template?.kind ?? 'MANDATORY',
    defaultWeight: template?.defaultWeight == null ? '' : String(template.defaultWeight),
    category: template?.category ?? '',
    verificationMethod: template?.verificationMethod ?? '',
    schoolProcesses: [...(template?.schoolProcesses ?? [])],
    references: (template?.references ?? []).join('\n'),
  }
}

function referencesOf(draft: TemplateDraft): string[] {
  return draft.references
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

/** The rules the server enforces, checked before sending so that nothing needs a round trip. */
export function validateTemplate(draft: TemplateDraft, t: Translate): TemplateErrors {
  const errors: TemplateErrors = {}
  const tooLong = (value: string, max: number) => (value.trim().length > max ? t('form.tooLong', { max }) : undefined)
  errors.titleSv = draft.titleSv.trim() ? tooLong(draft.titleSv, LIMITS.title) : t('form.required')
  errors.titleEn = tooLong(draft.titleEn, LIMITS.title)
  errors.text = draft.text.trim() ? tooLong(draft.text, LIMITS.text) : t('form.required')
  if (draft.kind === 'EVALUATED') {
    const weight = Number(draft.defaultWeight)
    if (!draft.defaultWeight.trim() || !Number.isInteger(weight) || weight < LIMITS.minWeight || weight > LIMITS.maxWeight) {
      errors.defaultWeight = t('library.problem.weightRange')
    }
  }
  if (!draft.category) errors.category = t('form.chooseOne')
  errors.verificationMethod = tooLong(draft.verificationMethod, LIMITS.verificationMethod)
  if (draft.schoolProcesses.length > LIMITS.listItems) errors.schoolProcesses = t('library.tooMany', { max: LIMITS.listItems })
  const references = referencesOf(draft)
  if (references.length > LIMITS.listItems) errors.references = t('library.tooMany', { max: LIMITS.listItems })
  else if (references.some((r) => r.length > LIMITS.reference)) errors.references = t('library.referenceTooLong', { max: LIMITS.reference })
  for (const field of TEMPLATE_FIELDS) if (errors[field] === undefined) delete errors[field]
  return errors
}

/** Only call with a draft {@link validateTemplate} accepted. A mandatory template has no weight. */
export function contentOf(draft: TemplateDraft): TemplateContent {
  return {
    titleSv: draft.titleSv.trim(),
    titleEn: draft.titleEn.trim() || null,
    text: draft.text.trim(),
    kind: draft.kind,
    defaultWeight: draft.kind === 'EVALUATED' ? Number(draft.defaultWeight) : null,
    category: draft.category as Category,
    verificationMethod: draft.verificationMethod.trim() || null,
    schoolProcesses: draft.schoolProcesses,
    references: referencesOf(draft),
  }
}
