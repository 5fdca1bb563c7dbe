import { queryOptions, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { amendmentSchema } from '@/lib/amendments'
import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'
import type { MessageKey, Translate } from '@/lib/i18n/i18n'
import { REQUIREMENT_CATEGORIES, REQUIREMENT_KINDS } from '@/lib/requirement-taxonomy'

export { REQUIREMENT_CATEGORIES, REQUIREMENT_KINDS } from '@/lib/requirement-taxonomy'
export type { RequirementCategory, RequirementKind } from '@/lib/requirement-taxonomy'

/** The fields people edit; each is checked for conflicts on its own. */
export const REQUIREMENT_FIELDS = ['text', 'kind', 'weight', 'category', 'verificationMethod', 'needIds'] as const
export type RequirementField = (typeof REQUIREMENT_FIELDS)[number]

const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? null)

/** Percentages may come as numbers or decimal strings. */
const nullableNumber = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)])
  .nullish()
  .transform((value) => value ?? null)

export const requirementSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  procurementId: z.string().nullish(),
  text: z.string(),
  kind: z.enum(REQUIREMENT_KINDS),
  weight: z.number().int().nullish().transform((value) => value ?? null),
  /** The weight's share of all evaluated weights, in percent. */
  weightShare: nullableNumber,
  category: z.enum(REQUIREMENT_CATEGORIES),
  verificationMethod: nullableText,
  needIds: z.array(z.string()),
  template: z.object({ id: z.string(), revision: z.number().int(), title: nullableText }).nullish(),
  createdBy: z.object({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
  updatedAt: z.string(),
})

export type Requirement = z.infer<typeof requirementSchema>
export type RequirementContent = Pick<Requirement, 'text' | 'kind' | 'weight' | 'category' | 'verificationMethod' | 'needIds'>

export function requirementsKey(procurementId: string) {
  return ['requirements', procurementId] as const
}

export function requirementsPath(procurementId: string, suffix = ''): string {
  return `/api/procurements/${encodeURIComponent(procurementId)}/requirements${suffix}`
}

export function requirementsQuery(procurementId: string) {
  return queryOptions({
    queryKey: requirementsKey(procurementId),
    queryFn: ({ signal }) => apiRequest(requirementsPath(procurementId), { schema: z.array(requirementSchema), signal }),
  })
}

export function useRequirements(procurementId: string) {
  return useQuery(requirementsQuery(procurementId))
}

/** A need as the requirements part needs it: to pick the needs a requirement serves and show them. */
export const needSummarySchema = z.object({
  id: z.string(),
  statement: z.string(),
  status: z.string(),
})
export type NeedSummary = z.infer<typeof needSummarySchema>

/**
 * The procurement's needs, read with this feature's own small schema. The key starts like the
 * needs part's, so whatever refreshes the needs refreshes these too.
 */
export function useNeedSummaries(procurementId: string) {
  return useQuery({
    queryKey: ['needs', procurementId, 'summaries'],
    queryFn: ({ signal }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/needs`, {
        schema: z.array(needSummarySchema),
        signal,
      }),
  })
}

/** After a write, the answer is the truth (read models may trail a moment): store it, and mark the rest stale. */
export function storeRequirement(queryClient: QueryClient, procurementId: string, requirement: Requirement) {
  queryClient.setQueryData(requirementsKey(procurementId), (list: Requirement[] | undefined) => {
    if (!list) return list
    return list.some((r) => r.id === requirement.id)
      ? list.map((r) => (r.id === requirement.id ? requirement : r))
      : [...list, requirement]
  })
  // shares of weights, the trace and the procurements list change with any requirement
  void queryClient.invalidateQueries({ queryKey: requirementsKey(procurementId) })
  void queryClient.invalidateQueries({ queryKey: ['trace', procurementId] })
}

export type NewRequirement = RequirementContent & { templateId?: string }

export function useCreateRequirement(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (requirement: Partial<NewRequirement>) =>
      apiRequest(requirementsPath(procurementId), { method: 'POST', body: requirement, schema: requirementSchema }),
    onSuccess: (requirement) => storeRequirement(queryClient, procurementId, requirement),
  })
}

export interface RequirementEdit {
  requirementId: string
  baseVersion: number
  changes: Partial<RequirementContent>
}

export function useEditRequirement(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ requirementId, baseVersion, changes }: RequirementEdit) =>
      apiRequest(requirementsPath(procurementId, `/${encodeURIComponent(requirementId)}`), {
        method: 'PATCH',
        body: { baseVersion, changes },
        schema: requirementSchema,
      }),
    onSuccess: (requirement) => storeRequirement(queryClient, procurementId, requirement),
    onError: (error) => {
      const conflict = requirementConflictOf(error)
      if (conflict?.current) storeRequirement(queryClient, procurementId, conflict.current)
    },
  })
}

const conflictSchema = z.object({
  conflicts: z.array(
    z.object({
      field: z.string(),
      changedBy: z.object({ name: z.string() }).nullish(),
      changedAt: z.string().nullish(),
    }),
  ),
  current: requirementSchema.nullish(),
})

export interface RequirementFieldConflict {
  field: RequirementField
  /** Who changed the field since the person's base version, and when (if the server says). */
  changedBy: string | null
  changedAt: string | null
}

export interface RequirementConflict {
  fields: RequirementFieldConflict[]
  /** The requirement as it is now; if the server left it out, the editor fetches it. */
  current: Requirement | null
}

function requirementFieldOf(field: string): RequirementField | null {
  return (REQUIREMENT_FIELDS as readonly string[]).includes(field) ? (field as RequirementField) : null
}

/** The details of a 409 `edit.conflict` on a requirement, or null for any other error. */
export function requirementConflictOf(error: unknown): RequirementConflict | null {
  if (!(error instanceof ProblemDetailsError) || error.status !== 409 || error.code !== 'edit.conflict') return null
  const parsed = conflictSchema.safeParse(error.problem)
  if (!parsed.success) return { fields: [], current: null }
  const fields: RequirementFieldConflict[] = []
  for (const conflict of parsed.data.conflicts) {
    const field = requirementFieldOf(conflict.field)
    if (!field || fields.some((f) => f.field === field)) continue
    fields.push({ field, changedBy: conflict.changedBy?.name ?? null, changedAt: conflict.changedAt ?? null })
  }
  return { fields, current: parsed.data.current ?? null }
}

/**
 * The server's own rules, in the reader's language; the server's English sentence is the fallback.
 * Keyed by problem `code` (rules of the requirement) and by field (plain validation, whose codes say nothing).
 */
const RULE_MESSAGES: Record<string, MessageKey> = {
  'requirement.text-blank': 'requirements.textRequired',
  'requirement.weight-range': 'requirements.weightRequired',
  'requirement.weight-mandatory': 'requirements.problem.weightMandatory',
  'requirement.unknown-need': 'requirements.problem.unknownNeed',
  'requirement.incomplete': 'form.required',
}
const VALIDATION_MESSAGES: Partial<Record<RequirementField, MessageKey>> = {
  text: 'requirements.problem.textLength',
  weight: 'requirements.weightRequired',
  verificationMethod: 'requirements.problem.verificationLength',
  needIds: 'requirements.problem.unknownNeed',
}

/**
 * Field errors of a 400 answer, keyed by the form's field names. An edit's fields arrive as
 * `changes.text` or `needIds[0]`; they belong at the field itself.
 */
export function requirementFieldErrors(error: unknown, t: Translate): Partial<Record<RequirementField, string>> {
  const result: Partial<Record<RequirementField, string>> = {}
  if (!(error instanceof ProblemDetailsError) || error.status !== 400) return result
  for (const { field: raw, message } of error.fieldErrors) {
    const field = requirementFieldOf(raw.replace(/^changes\./, '').replace(/\[.*$/, ''))
    if (!field || result[field]) continue
    const known = (error.code && RULE_MESSAGES[error.code]) || (error.code === 'validation' ? VALIDATION_MESSAGES[field] : undefined)
    result[field] = known ? t(known) : message
  }
  return result
}

export const historyEntrySchema = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.object({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
  type: z.string(),
  changes: z
    .array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() }))
    .nullish()
    .transform((changes) => changes ?? []),
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>

export function useRequirementHistory(procurementId: string, requirementId: string) {
  return useQuery({
    queryKey: [...requirementsKey(procurementId), requirementId, 'history'],
    queryFn: ({ signal }) =>
      apiRequest(requirementsPath(procurementId, `/${encodeURIComponent(requirementId)}/history`), {
        schema: z.array(historyEntrySchema),
        signal,
      }),
    staleTime: 0,
  })
}

export const traceSchema = z.object({
  needs: z.array(z.object({ id: z.string(), statement: z.string(), status: z.string(), requirementIds: z.array(z.string()) })),
  requirements: z.array(z.object({ id: z.string(), text: z.string(), kind: z.enum(REQUIREMENT_KINDS), needIds: z.array(z.string()) })),
  needsWithoutRequirements: z.array(z.string()),
  requirementsWithoutNeeds: z.array(z.string()),
})
export type Trace = z.infer<typeof traceSchema>

export function useTrace(procurementId: string) {
  return useQuery({
    queryKey: ['trace', procurementId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/trace`, { schema: traceSchema, signal }),
  })
}

/** Whether the tender is published: requirements then change only by amendment (the server answers 404 before). */
export function usePublished(procurementId: string) {
  return useQuery({
    queryKey: ['publication', procurementId],
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/publication`, {
          schema: z.object({ requirementSetVersion: z.number() }).passthrough(),
          signal,
        })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.status === 404) return null
        throw error
      }
    },
  })
}


/** Every amendment since publication, oldest first: the log the team and every invited vendor see. */
export function useAmendments(procurementId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['amendments', procurementId],
    enabled,
    queryFn: ({ signal }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/amendments`, { schema: z.array(amendmentSchema), signal }),
  })
}

export const amendmentResultSchema = z.object({
  amendment: z.object({ number: z.number(), setVersion: z.number() }).passthrough(),
  warning: z.object({ code: z.string(), message: z.string() }).nullish().transform((v) => v ?? null),
})

export interface Amendment {
  requirementId: string
  changes?: Partial<Omit<RequirementContent, 'needIds'>>
  withdraw?: boolean
  reason: string
}

export function useAmend(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (amendment: Amendment) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/amendments`, {
        method: 'POST',
        body: amendment,
        schema: amendmentResultSchema,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: requirementsKey(procurementId) })
      void queryClient.invalidateQueries({ queryKey: ['publication', procurementId] })
      void queryClient.invalidateQueries({ queryKey: ['amendments', procurementId] })
    },
  })
}
