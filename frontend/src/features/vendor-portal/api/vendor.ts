import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { publicationSchema } from '@/lib/tender-publication'
import { amendmentSchema } from '@/lib/amendments'
import { ProblemDetailsError } from '@/lib/api/api-errors'
import { REQUIREMENT_CATEGORIES, REQUIREMENT_KINDS } from '@/lib/requirement-taxonomy'

const text = z.string().nullish().transform((v) => v ?? null)

export const publishedRequirementSchema = z.object({
  requirementId: z.string(),
  text: z.string(),
  kind: z.enum(REQUIREMENT_KINDS),
  weight: z.number().nullish().transform((v) => v ?? null),
  category: z.enum(REQUIREMENT_CATEGORIES),
  verificationMethod: text,
})
export type PublishedRequirement = z.infer<typeof publishedRequirementSchema>



export const vendorProcurementSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: text,
  buyer: z.string(),
  category: z.string(),
  procedure: z.string(),
  invitedAt: z.string(),
  publication: publicationSchema.nullish().transform((v) => v ?? null),
  requirements: z.array(publishedRequirementSchema),
  amendments: z.array(amendmentSchema).nullish().transform((v) => v ?? []),
})
export type VendorProcurement = z.infer<typeof vendorProcurementSchema>

const base = (id: string) => `/api/vendor/procurements/${encodeURIComponent(id)}`

export function useVendorProcurements() {
  return useQuery({
    queryKey: ['vendor', 'procurements'],
    queryFn: ({ signal }) => apiRequest('/api/vendor/procurements', { schema: z.array(vendorProcurementSchema), signal }),
  })
}

export function useVendorProcurement(id: string) {
  return useQuery({
    queryKey: ['vendor', id],
    queryFn: ({ signal }) => apiRequest(base(id), { schema: vendorProcurementSchema, signal }),
  })
}

export const vendorQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: text,
  requirementId: text,
  publishedAt: text,
  yours: z.boolean(),
  clarification: z.boolean(),
})
export type VendorQuestion = z.infer<typeof vendorQuestionSchema>

export function useVendorQuestions(id: string) {
  return useQuery({
    queryKey: ['vendor', id, 'questions'],
    queryFn: ({ signal }) => apiRequest(`${base(id)}/questions`, { schema: z.array(vendorQuestionSchema), signal }),
  })
}

export function useAskQuestion(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (question: { text: string; requirementId?: string }) =>
      apiRequest(`${base(id)}/questions`, { method: 'POST', body: question, schema: vendorQuestionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['vendor', id, 'questions'] }),
  })
}

export const COMPLIANCE = ['MEETS', 'PARTLY', 'DOES_NOT_MEET'] as const
export type Compliance = (typeof COMPLIANCE)[number]

export const tenderSchema = z.object({
  status: z.enum(['NOT_STARTED', 'DRAFT', 'SUBMITTED']),
  responses: z.array(
    z.object({
      requirementId: z.string(),
      compliance: z.enum(COMPLIANCE).nullish().transform((v) => v ?? null),
      explanation: text,
    }),
  ),
  priceSek: z.number().nullish().transform((v) => v ?? null),
  savedAt: text,
  submittedAt: text,
  changedSinceSubmission: z.boolean().optional().default(false),
})
export type Tender = z.infer<typeof tenderSchema>

export function useOwnTender(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['vendor', id, 'tender'],
    enabled,
    queryFn: ({ signal }) => apiRequest(`${base(id)}/tender`, { schema: tenderSchema, signal }),
  })
}

export interface TenderDraft {
  responses: Array<{ requirementId: string; compliance: Compliance | null; explanation: string | null }>
  priceSek: number | null
}

export function useSaveTender(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (draft: TenderDraft) => apiRequest(`${base(id)}/tender`, { method: 'PUT', body: draft, schema: tenderSchema }),
    onSuccess: (tender) => queryClient.setQueryData(['vendor', id, 'tender'], tender),
  })
}

export function useSubmitTender(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiRequest(`${base(id)}/tender/submit`, { method: 'POST', schema: tenderSchema }),
    onSuccess: (tender) => queryClient.setQueryData(['vendor', id, 'tender'], tender),
  })
}

export const decisionSchema = z.object({
  winnerName: z.string(),
  youWon: z.boolean(),
  reasoning: z.string(),
  decidedAt: z.string(),
  disqualified: z.boolean(),
  disqualificationReason: text,
  yourRank: z.number().nullish().transform((v) => v ?? null),
  yourEvaluationPriceSek: z.number(),
  yourQuality: z.number().nullish().transform((v) => v ?? null),
})
export type Decision = z.infer<typeof decisionSchema>

/** The award decision, or null while there is none (the server answers 404 until then). */
export function useDecision(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['vendor', id, 'decision'],
    enabled,
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest(`${base(id)}/decision`, { schema: decisionSchema, signal })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.status === 404) return null
        throw error
      }
    },
  })
}

/** Published answers, amendments, deadline changes and the award arrive live for every invited vendor at once. */
export function useVendorLiveUpdates(id: string) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!id || typeof EventSource === 'undefined') return undefined
    const source = new EventSource(`${base(id)}/stream`)
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['vendor', id] })
    source.addEventListener('change', refresh)
    return () => source.close()
  }, [id, queryClient])
}

const vendorDialogueSchema = z.object({
  draft: z
    .object({ round: z.number(), message: text, sharedAt: z.string(), requirements: z.array(publishedRequirementSchema) })
    .nullish()
    .transform((v) => v ?? null),
  comments: z.array(z.object({ requirementId: z.string(), text: z.string(), at: z.string() }).passthrough()),
  questions: z.array(
    z.object({ id: z.string(), text: z.string(), answers: z.array(z.object({ text: z.string() }).passthrough()) }).passthrough(),
  ),
})
export type VendorDialogue = z.infer<typeof vendorDialogueSchema>

export function useVendorDialogue(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['vendor', id, 'rfi'],
    enabled,
    queryFn: ({ signal }) => apiRequest(`${base(id)}/rfi`, { schema: vendorDialogueSchema, signal }),
  })
}

export function useDialogueReply(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (reply: { kind: 'comment'; requirementId: string; text: string } | { kind: 'answer'; questionId: string; text: string }) =>
      reply.kind === 'comment'
        ? apiRequest(`${base(id)}/rfi/comments`, {
            method: 'POST',
            body: { requirementId: reply.requirementId, text: reply.text },
            schema: vendorDialogueSchema,
          })
        : apiRequest(`${base(id)}/rfi/questions/${encodeURIComponent(reply.questionId)}/answer`, {
            method: 'PUT',
            body: { text: reply.text },
            schema: vendorDialogueSchema,
          }),
    onSuccess: (dialogue) => queryClient.setQueryData(['vendor', id, 'rfi'], dialogue),
  })
}
