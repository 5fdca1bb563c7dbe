import { queryOptions, type QueryClient, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { REQUIREMENT_CATEGORIES, REQUIREMENT_KINDS } from '@/lib/requirement-taxonomy'

export { REQUIREMENT_CATEGORIES, REQUIREMENT_KINDS } from '@/lib/requirement-taxonomy'
export type { RequirementCategory, RequirementKind } from '@/lib/requirement-taxonomy'

/** The fields people edit; each is checked for conflicts on its own. */
export const REQUIREMENT_FIELDS = ['text', 'kind', 'weight', 'category', 'verificationMethod', 'needIds'] as const
export type RequirementField = (typeof REQUIREMENT_FIELDS)[number]

export function requirementFieldOf(field: string): RequirementField | null {
  return (REQUIREMENT_FIELDS as readonly string[]).includes(field) ? (field as RequirementField) : null
}

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
  /** Given by the procurement when the requirement was written, never reused: shown as K1, K2 … */
  number: z.number().int(),
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
