import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'

import { procurementPath } from './common'
import { type Question, questionSchema } from './get-questions'

export function useEditAnswer(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, baseVersion, changes }: { id: string; baseVersion: number; changes: { question?: string; answer?: string } }) =>
      apiRequest(procurementPath(procurementId, `/questions/${encodeURIComponent(id)}`), {
        method: 'PATCH',
        body: { baseVersion, changes },
        schema: questionSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['questions', procurementId] }),
  })
}

const answerConflictSchema = z.object({
  conflicts: z.array(z.object({ field: z.string(), current: z.unknown(), changedBy: z.object({ name: z.string() }).nullish() })),
  current: questionSchema.nullish(),
})

export interface AnswerConflict {
  fields: Array<{ field: 'question' | 'answer'; theirs: string; changedBy: string }>
  current: Question | null
}

/** The details of a 409 `edit.conflict` on a draft answer, or null for any other error. */
export function answerConflictOf(error: unknown): AnswerConflict | null {
  if (!(error instanceof ProblemDetailsError) || error.code !== 'edit.conflict') return null
  const parsed = answerConflictSchema.safeParse(error.problem)
  if (!parsed.success) return { fields: [], current: null }
  return {
    current: parsed.data.current ?? null,
    fields: parsed.data.conflicts
      .filter((c) => c.field === 'question' || c.field === 'answer')
      .map((c) => ({ field: c.field as 'question' | 'answer', theirs: String(c.current ?? ''), changedBy: c.changedBy?.name ?? '' })),
  }
}
