import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { publicationSchema } from '@/lib/tender-publication'

export type { Publication } from '@/lib/tender-publication'
import { ProblemDetailsError } from '@/lib/api/api-errors'

const text = z.string().nullish().transform((v) => v ?? null)
const p = (id: string, suffix: string) => `/api/procurements/${encodeURIComponent(id)}${suffix}`

export const directoryEntrySchema = z.object({ id: z.string(), name: z.string(), organisationNumber: z.string() })
export const invitedSchema = z.object({
  vendorOrganisationId: z.string(),
  name: z.string(),
  organisationNumber: z.string(),
  invitedAt: z.string(),
})
export type Invited = z.infer<typeof invitedSchema>


export function useVendorDirectory() {
  return useQuery({
    queryKey: ['vendor-directory'],
    queryFn: ({ signal }) => apiRequest('/api/vendor-directory', { schema: z.array(directoryEntrySchema), signal }),
  })
}

export function useInvited(procurementId: string) {
  return useQuery({
    queryKey: ['invited', procurementId],
    queryFn: ({ signal }) => apiRequest(p(procurementId, '/vendors'), { schema: z.array(invitedSchema), signal }),
  })
}

export interface NewVendor {
  name: string
  organisationNumber: string
  contactName: string
  contactEmail: string
}

export function useInvite(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (invite: { vendorOrganisationId: string } | { newVendor: NewVendor }) =>
      apiRequest(p(procurementId, '/vendors'), { method: 'POST', body: invite, schema: z.array(invitedSchema) }),
    onSuccess: (list) => queryClient.setQueryData(['invited', procurementId], list),
  })
}

export function useWithdrawInvitation(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (vendorOrganisationId: string) =>
      apiRequest(p(procurementId, `/vendors/${encodeURIComponent(vendorOrganisationId)}`), { method: 'DELETE', schema: z.unknown() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invited', procurementId] }),
  })
}

/** The publication, or null before the tender is published (the server answers 404 until then). */
export function usePublication(procurementId: string) {
  return useQuery({
    queryKey: ['publication', procurementId],
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest(p(procurementId, '/publication'), { schema: publicationSchema, signal })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.status === 404) return null
        throw error
      }
    },
  })
}

export interface PublishRequest {
  tenderDeadline: string
  lastQuestionDay: string
  evaluationModel: 'LOWEST_PRICE' | 'PRICE_AND_QUALITY'
  qualityValueSek: number | null
  accelerated: boolean
}

export function usePublish(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: PublishRequest) =>
      apiRequest(p(procurementId, '/publish'), { method: 'POST', body: request, schema: publicationSchema }),
    onSuccess: (publication) => {
      queryClient.setQueryData(['publication', procurementId], publication)
      // the phase moved to tendering; requirements are frozen
      void queryClient.invalidateQueries({ queryKey: ['procurements'] })
    },
  })
}

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
    queryFn: ({ signal }) => apiRequest(p(procurementId, '/questions'), { schema: z.array(questionSchema), signal }),
  })
}

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
      apiRequest(p(procurementId, `/questions/${encodeURIComponent(questionId)}/history`), { schema: z.array(timelineEntrySchema), signal }),
  })
}

export function useEditAnswer(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, baseVersion, changes }: { id: string; baseVersion: number; changes: { question?: string; answer?: string } }) =>
      apiRequest(p(procurementId, `/questions/${encodeURIComponent(id)}`), {
        method: 'PATCH',
        body: { baseVersion, changes },
        schema: questionSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['questions', procurementId] }),
  })
}

export function usePublishAnswer(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(p(procurementId, `/questions/${encodeURIComponent(id)}/publish`), { method: 'POST', schema: questionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['questions', procurementId] }),
  })
}

export function useStartClarification(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (topic: string) => apiRequest(p(procurementId, '/questions'), { method: 'POST', body: { text: topic }, schema: questionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['questions', procurementId] }),
  })
}

const scoreSchema = z.object({ requirementId: z.string(), average: z.number(), count: z.number() })
export const evaluationSchema = z.object({
  model: z.enum(['LOWEST_PRICE', 'PRICE_AND_QUALITY']),
  qualityValueSek: z.number().nullish().transform((v) => v ?? null),
  rows: z.array(
    z.object({
      vendorOrganisationId: z.string(),
      vendorName: z.string(),
      priceSek: z.number(),
      failsMandatory: z.array(z.string()),
      disqualified: z.boolean(),
      disqualificationReason: text,
      quality: z.number(),
      deductionSek: z.number(),
      evaluationPriceSek: z.number(),
      rank: z.number().nullish().transform((v) => v ?? null),
      scores: z.array(scoreSchema),
    }),
  ),
  award: z
    .object({ winnerVendorOrganisationId: z.string(), winnerName: z.string(), reasoning: z.string(), decidedAt: z.string() })
    .nullish()
    .transform((v) => v ?? null),
})
export type Evaluation = z.infer<typeof evaluationSchema>

const openedTendersSchema = z.object({
  opened: z.boolean(),
  opensAt: z.string(),
  tenders: z.array(
    z.object({
      vendorOrganisationId: z.string(),
      vendorName: z.string(),
      responses: z.array(z.object({ requirementId: z.string(), compliance: z.enum(['MEETS', 'PARTLY', 'DOES_NOT_MEET']), explanation: text })),
      priceSek: z.number().nullish().transform((v) => v ?? null),
      submittedAt: text,
    }),
  ),
})
export type OpenedTenders = z.infer<typeof openedTendersSchema>

/** The submitted tenders once opened (before the deadline the list is empty whatever was submitted). */
export function useOpenedTenders(procurementId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['tenders', procurementId],
    enabled,
    queryFn: ({ signal }) => apiRequest(p(procurementId, '/tenders'), { schema: openedTendersSchema, signal }),
  })
}

const requirementLineSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(['MANDATORY', 'EVALUATED']),
  weight: z.number().nullish().transform((v) => v ?? null),
})
export type RequirementLine = z.infer<typeof requirementLineSchema>

/** The requirements as they stand (amendments included), in the order the evaluation matrix lists them. */
export function useRequirementLines(procurementId: string) {
  return useQuery({
    queryKey: ['requirements', procurementId, 'lines'],
    queryFn: ({ signal }) => apiRequest(p(procurementId, '/requirements'), { schema: z.array(requirementLineSchema), signal }),
  })
}

/** The evaluation, or `sealed` while the tender deadline has not passed (409 evaluation.sealed). */
export function useEvaluation(procurementId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['evaluation', procurementId],
    enabled,
    queryFn: async ({ signal }): Promise<Evaluation | 'sealed'> => {
      try {
        return await apiRequest(p(procurementId, '/evaluation'), { schema: evaluationSchema, signal })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.code === 'evaluation.sealed') return 'sealed'
        throw error
      }
    },
  })
}

function useEvaluationWrite<T>(procurementId: string, method: 'PUT' | 'POST', suffix: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: T) => apiRequest(p(procurementId, `/evaluation${suffix}`), { method, body, schema: evaluationSchema }),
    onSuccess: (evaluation) => queryClient.setQueryData(['evaluation', procurementId], evaluation),
  })
}

export const useScore = (procurementId: string) =>
  useEvaluationWrite<{ vendorOrganisationId: string; requirementId: string; score: number }>(procurementId, 'PUT', '/scores')
export const useDisqualify = (procurementId: string) =>
  useEvaluationWrite<{ vendorOrganisationId: string; reason: string }>(procurementId, 'POST', '/disqualifications')
export const useAward = (procurementId: string) =>
  useEvaluationWrite<{ vendorOrganisationId: string; reasoning: string }>(procurementId, 'POST', '/award')

export function useExtendDeadline(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: { tenderDeadline: string }) =>
      apiRequest(p(procurementId, '/deadline'), { method: 'POST', body: request, schema: publicationSchema }),
    onSuccess: (publication) => queryClient.setQueryData(['publication', procurementId], publication),
  })
}

const dialogueRequirementSchema = z.object({ requirementId: z.string(), text: z.string() }).passthrough()
export const dialogueSchema = z.object({
  draft: z
    .object({ round: z.number(), message: text, sharedAt: z.string(), requirements: z.array(dialogueRequirementSchema) })
    .nullish()
    .transform((v) => v ?? null),
  comments: z.array(z.object({ requirementId: z.string(), vendorOrganisationId: z.string(), vendorName: z.string(), text: z.string(), at: z.string() })),
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      askedAt: z.string(),
      answers: z.array(z.object({ vendorOrganisationId: z.string(), vendorName: z.string(), text: z.string(), at: z.string() })),
    }),
  ),
})
export type Dialogue = z.infer<typeof dialogueSchema>

export function useDialogue(procurementId: string) {
  return useQuery({
    queryKey: ['rfi', procurementId],
    queryFn: ({ signal }) => apiRequest(p(procurementId, '/rfi'), { schema: dialogueSchema, signal }),
  })
}

function useDialogueWrite<T>(procurementId: string, suffix: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: T) => apiRequest(p(procurementId, `/rfi${suffix}`), { method: 'POST', body, schema: dialogueSchema }),
    onSuccess: (dialogue) => queryClient.setQueryData(['rfi', procurementId], dialogue),
  })
}

export const useShareDraft = (procurementId: string) => useDialogueWrite<{ message: string | null }>(procurementId, '/draft')
export const useAskVendors = (procurementId: string) => useDialogueWrite<{ text: string }>(procurementId, '/questions')

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
