import type { ProblemCodes } from '@/lib/api/problem-text'

import type { Template } from '../api/get-templates'

export { CATEGORY_LABELS, KIND_LABELS } from '@/lib/requirement-taxonomy'

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
