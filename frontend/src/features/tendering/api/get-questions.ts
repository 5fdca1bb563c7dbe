import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { nullableText as text, procurementPath } from './common'

export const questionSchema = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.enum(['QUESTION', 'CLARIFICATION']),
  askedBy: z.object({ vendorOrganisationId: z.string(), vendorName: z.string() }).nullish().transform((v) => v ?? null),
  originalText: z.string(),
  question: z.string(),
  answer: text,
  requirementId: text,
  askedAt: z.string(),
  publishedAt: text,
  late: z.boolean(),
  answersDueBy: text,
  needsAnswerSoon: z.boolean(),
})
export type Question = z.infer<typeof questionSchema>

export function useQuestions(procurementId: string) {
  return useQuery({
    queryKey: ['questions', procurementId],
    queryFn: ({ signal }) => apiRequest(procurementPath(procurementId, '/questions'), { schema: z.array(questionSchema), signal }),
  })
}
