import type { ProblemCodes } from '@/lib/api/problem-text'
import type { MessageKey } from '@/lib/i18n/i18n'

import type { Category, Kind, Template } from '../api/get-templates'

export const KIND_LABELS: Record<Kind, MessageKey> = {
  MANDATORY: 'requirements.kind.MANDATORY',
  EVALUATED: 'requirements.kind.EVALUATED',
}

export const CATEGORY_LABELS: Record<Category, MessageKey> = {
  FUNCTION: 'requirements.category.FUNCTION',
  INTEROPERABILITY: 'requirements.category.INTEROPERABILITY',
  SECURITY_AND_PRIVACY: 'requirements.category.SECURITY_AND_PRIVACY',
  ACCESSIBILITY: 'requirements.category.ACCESSIBILITY',
  IDENTITY_AND_EID: 'requirements.category.IDENTITY_AND_EID',
  SUPPORT_AND_TRAINING: 'requirements.category.SUPPORT_AND_TRAINING',
  EXIT_AND_PORTABILITY: 'requirements.category.EXIT_AND_PORTABILITY',
  CAPACITY_AND_AVAILABILITY: 'requirements.category.CAPACITY_AND_AVAILABILITY',
  COMMERCIAL: 'requirements.category.COMMERCIAL',
}

/** The server's problem codes around the library, in the UI's words. */
export const LIBRARY_PROBLEMS: ProblemCodes = {
  'template.retired': 'library.problem.retired',
  'requirement.frozen': 'library.problem.frozen',
  'requirement.unknown-need': 'library.problem.unknownNeed',
  'requirement.weight-range': 'library.problem.weightRange',
  'requirement.weight-mandatory': 'library.problem.weightMandatory',
  'process-map.unknown-process': 'library.problem.unknownProcess',
  'not-found': 'library.problem.notFound',
}

/** The title in the UI language; templates without an English title show the Swedish one. */
export function titleOf(template: Pick<Template, 'titleSv' | 'titleEn'>, language: string): string {
  return language === 'en' && template.titleEn ? template.titleEn : template.titleSv
}
