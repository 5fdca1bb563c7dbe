import { queryOptions, type QueryClient, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const
export type Priority = (typeof PRIORITIES)[number]

export const NEED_STATUSES = ['PROPOSED', 'ACCEPTED', 'REJECTED', 'MERGED'] as const
export type NeedStatus = (typeof NEED_STATUSES)[number]

/** The fields people edit; each is checked for conflicts on its own. */
export const NEED_FIELDS = ['statement', 'perspective', 'schoolProcess', 'priority', 'steeringDocument', 'benefit'] as const
export type NeedField = (typeof NEED_FIELDS)[number]

/** "SCHOOL_PROCESS", "school_process" and "schoolProcess" all name the same field. */
export function needFieldOf(name: string): NeedField | undefined {
  const camel = name.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
  return NEED_FIELDS.find((field) => field.toLowerCase() === camel.toLowerCase())
}

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null)

/** A number; also accepted as a numeric string (how some serialisers write decimals). */
const optionalNumber = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)])
  .nullish()
  .transform((value) => value ?? null)

export const benefitSchema = z.object({
  description: optionalText,
  /** What is measured, e.g. "teachers' time reporting absence". */
  indicator: optionalText,
  baseline: optionalNumber,
  target: optionalNumber,
  /** e.g. "minuter per vecka" */
  unit: optionalText,
})

export type Benefit = z.infer<typeof benefitSchema>

export const EMPTY_BENEFIT: Benefit = { description: null, indicator: null, baseline: null, target: null, unit: null }

const personSchema = z.object({ id: z.string(), name: z.string() })

export const needSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  statement: z.string(),
  /** A perspective id from the process map. */
  perspective: z.string(),
  /** A school process id from the process map. */
  schoolProcess: z.string(),
  priority: z.enum(PRIORITIES),
  /** Free text: "Läroplan Lgr22", "Skollagen 10 kap.", "GDPR" … */
  steeringDocument: optionalText,
  benefit: benefitSchema.nullish().transform((benefit) => benefit ?? EMPTY_BENEFIT),
  status: z.enum(NEED_STATUSES),
  rejectionReason: optionalText,
  /** The id of the need this one was merged into. */
  mergedInto: optionalText,
  endorsements: z.number().int(),
  endorsedByMe: z.boolean(),
  proposedBy: personSchema,
  updatedAt: z.string(),
})

export type Need = z.infer<typeof needSchema>
/** What people write and edit in a need. */
export type NeedContent = Pick<Need, NeedField>

export function needsQueryKey(procurementId: string) {
  return ['needs', procurementId] as const
}

/** Any member of the procurement's team may read its needs. */
export function getNeeds(procurementId: string, signal?: AbortSignal): Promise<Need[]> {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/needs`, {
    schema: z.array(needSchema),
    signal,
  })
}

export function needsQuery(procurementId: string) {
  return queryOptions({
    queryKey: needsQueryKey(procurementId),
    queryFn: ({ signal }) => getNeeds(procurementId, signal),
  })
}

export function useNeeds(procurementId: string) {
  return useQuery(needsQuery(procurementId))
}

export function needPath(procurementId: string, needId: string, suffix = ''): string {
  return `/api/procurements/${encodeURIComponent(procurementId)}/needs/${encodeURIComponent(needId)}${suffix}`
}

/**
 * After a write the answer is the truth: put it into the cached list (read models may trail the
 * write a moment, so an immediate refetch could show the old state) and mark the rest stale.
 */
export function storeNeed(queryClient: QueryClient, procurementId: string, need: Need): void {
  queryClient.setQueryData(needsQuery(procurementId).queryKey, (needs) => {
    if (!needs) return needs
    return needs.some((n) => n.id === need.id) ? needs.map((n) => (n.id === need.id ? need : n)) : [...needs, need]
  })
  markStale(queryClient, procurementId)
}

/** The needs (history included) and the procurements list, which counts needs, are out of date. */
export function markStale(queryClient: QueryClient, procurementId: string): void {
  void queryClient.invalidateQueries({ queryKey: needsQueryKey(procurementId), refetchType: 'none' })
  // the procurement area's cache (by key, not by import: features stay apart)
  void queryClient.invalidateQueries({ queryKey: ['procurements'], refetchType: 'none' })
}

/**
 * Decision answers (accept, reject, merge) may carry the need or nothing: store it if it is one,
 * otherwise fetch the list again.
 */
export function storeAnswer(queryClient: QueryClient, procurementId: string, answer: unknown): void {
  const need = needSchema.safeParse(answer)
  if (need.success) {
    storeNeed(queryClient, procurementId, need.data)
  } else {
    void queryClient.invalidateQueries({ queryKey: needsQueryKey(procurementId) })
    void queryClient.invalidateQueries({ queryKey: ['procurements'], refetchType: 'none' })
  }
}
