import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { PHASES } from '@/lib/phases'

export const PROCEDURES = ['DIRECT_AWARD', 'SIMPLIFIED', 'OPEN', 'FRAMEWORK_CALL_OFF'] as const
export type Procedure = (typeof PROCEDURES)[number]

export { type Phase, PHASES } from '@/lib/phases'

export const procurementSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  /** A school process id from the process map. */
  category: z.string(),
  procedure: z.enum(PROCEDURES),
  phase: z.enum(PHASES),
  estimatedValueSek: z.number().nullable(),
  teamSize: z.number().int(),
  needCount: z.number().int(),
  updatedAt: z.string(),
})

export type ProcurementSummary = z.infer<typeof procurementSummarySchema>

/** Everything about procurements lives under `['procurements', …]`. */
export const PROCUREMENTS_QUERY_KEY = ['procurements'] as const

/** Buyers and tenant admins get all of the tenant's procurements; users those whose team they are on. */
export function getProcurements(signal?: AbortSignal): Promise<ProcurementSummary[]> {
  return apiRequest('/api/procurements', { schema: z.array(procurementSummarySchema), signal })
}

export const procurementsQuery = queryOptions({
  queryKey: [...PROCUREMENTS_QUERY_KEY, 'list'],
  queryFn: ({ signal }) => getProcurements(signal),
})

export function useProcurements() {
  return useQuery(procurementsQuery)
}
