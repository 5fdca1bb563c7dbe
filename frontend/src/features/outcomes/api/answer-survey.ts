import type { SurveyQuestion } from './get-follow-up'
import { useFollowUpWrite } from './use-follow-up-write'

export interface SurveyAnswer {
  ratings: Record<SurveyQuestion, number>
  comment: string | null
}

/** A member's first answer (POST) or a changed one (PUT): one answer per person. */
export const useAnswerSurvey = (procurementId: string, first: boolean) =>
  useFollowUpWrite<SurveyAnswer>(procurementId, first ? 'POST' : 'PUT', () => '/survey')
