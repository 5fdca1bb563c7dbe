import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'

const timelineEntrySchema = z.object({
  version: z.number(),
  at: z.string(),
  by: z.object({ name: z.string().nullish() }).nullish(),
  type: z.string(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
})

/** The answer's timeline: who asked, each edit of the wording and the answer, the publication. */
export function useQuestionHistory(procurementId: string, questionId: string) {
  return useQuery({
    queryKey: ['questions', procurementId, questionId, 'history'],
    queryFn: ({ signal }) =>
      apiRequest(procurementPath(procurementId, `/questions/${encodeURIComponent(questionId)}/history`), {
        schema: z.array(timelineEntrySchema),
        signal,
      }),
  })
}
