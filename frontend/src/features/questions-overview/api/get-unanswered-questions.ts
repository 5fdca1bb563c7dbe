import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const unansweredQuestionSchema = z.object({
  procurementId: z.string(),
  procurementTitle: z.string(),
  questionId: z.string(),
  kind: z.enum(['QUESTION', 'CLARIFICATION']),
  /** The wording as the team has drafted it so far. */
  question: z.string(),
  askedAt: z.string(),
  /** The last day answers may be published (null before the tender is published). */
  answersDueBy: z.string().nullable(),
  needsAnswerSoon: z.boolean(),
})

export type UnansweredQuestion = z.infer<typeof unansweredQuestionSchema>

/** The team's inbox: unpublished questions of the procurements the caller may enter, soonest due first. */
export function getUnansweredQuestions(signal?: AbortSignal): Promise<UnansweredQuestion[]> {
  return apiRequest('/api/questions/unanswered', { schema: z.array(unansweredQuestionSchema), signal })
}

export const unansweredQuestionsQuery = queryOptions({
  queryKey: ['questions', 'unanswered'],
  queryFn: ({ signal }) => getUnansweredQuestions(signal),
})

export function useUnansweredQuestions(enabled: boolean) {
  return useQuery({ ...unansweredQuestionsQuery, enabled })
}
