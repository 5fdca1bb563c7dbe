import { queryOptions, type QueryClient, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { PHASES, PROCEDURES, PROCUREMENTS_QUERY_KEY, type ProcurementSummary, procurementsQuery } from './get-procurements'

export const teamMemberSchema = z.object({ memberId: z.string(), name: z.string() })
export type TeamMember = z.infer<typeof teamMemberSchema>

/** yyyy-mm-dd */
const isoDate = z.string().nullable()

export const procurementSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.string(),
  procedure: z.enum(PROCEDURES),
  phase: z.enum(PHASES),
  estimatedValueSek: z.number().nullable(),
  plannedTenderDate: isoDate,
  plannedAwardDate: isoDate,
  team: z.array(teamMemberSchema),
  /** Where a buyer may move the procurement from its current phase (the server's rules). */
  nextPhases: z.array(z.enum(PHASES)),
  updatedAt: z.string(),
})

export type Procurement = z.infer<typeof procurementSchema>

export function getProcurement(id: string, signal?: AbortSignal): Promise<Procurement> {
  return apiRequest(`/api/procurements/${encodeURIComponent(id)}`, { schema: procurementSchema, signal })
}

export function procurementQuery(id: string) {
  return queryOptions({
    queryKey: [...PROCUREMENTS_QUERY_KEY, 'detail', id],
    queryFn: ({ signal }) => getProcurement(id, signal),
  })
}

export function useProcurement(id: string) {
  return useQuery(procurementQuery(id))
}

/**
 * After a write the answer is the truth: put it into the detail and into the list (when loaded),
 * and mark the rest stale without refetching at once (read models may trail the write a moment).
 */
export function storeProcurement(queryClient: QueryClient, procurement: Procurement): void {
  queryClient.setQueryData(procurementQuery(procurement.id).queryKey, procurement)
  queryClient.setQueryData(procurementsQuery.queryKey, (list) => {
    if (!list) return list
    const existing = list.find((p) => p.id === procurement.id)
    const summary: ProcurementSummary = {
      id: procurement.id,
      version: procurement.version,
      title: procurement.title,
      category: procurement.category,
      procedure: procurement.procedure,
      phase: procurement.phase,
      estimatedValueSek: procurement.estimatedValueSek,
      teamSize: procurement.team.length,
      needCount: existing?.needCount ?? 0,
      updatedAt: procurement.updatedAt,
    }
    return existing ? list.map((p) => (p.id === procurement.id ? summary : p)) : [...list, summary]
  })
  void queryClient.invalidateQueries({ queryKey: PROCUREMENTS_QUERY_KEY, refetchType: 'none' })
}
