import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'

import { procurementPath } from './common'
import { questionSchema } from './get-questions'

const identityFindingSchema = z.object({
  kind: z.enum(['VENDOR', 'PERSON', 'PHONE', 'EMAIL', 'ORGANISATION_NUMBER', 'PERSONAL_IDENTITY_NUMBER']),
  text: z.string(),
})

export type IdentityFinding = z.infer<typeof identityFindingSchema>

/**
 * Publishes a question and its answer to every invited vendor. With `identityReason` the buyer confirms
 * that what the identity check found does not give the asker away (the reason is kept on record).
 */
export function usePublishAnswer(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, identityReason }: { id: string; identityReason?: string }) =>
      apiRequest(procurementPath(procurementId, `/questions/${encodeURIComponent(id)}/publish`), {
        method: 'POST',
        body: identityReason === undefined ? undefined : { identityReason },
        schema: questionSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['questions', procurementId] }),
  })
}

/** What the server's identity check found, when it held a question back because of it; otherwise null. */
export function identityFindingsOf(error: unknown): IdentityFinding[] | null {
  if (!(error instanceof ProblemDetailsError) || error.code !== 'question.names-someone') return null
  const parsed = z.array(identityFindingSchema).safeParse((error.problem as Record<string, unknown>).findings)
  return parsed.success ? parsed.data : []
}
