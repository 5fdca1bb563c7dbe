import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const procurementLineSchema = z.object({ id: z.string(), title: z.string(), phase: z.string() })
export type ProcurementLine = z.infer<typeof procurementLineSchema>

/**
 * Once a procurement is being evaluated its tender is certainly published and its requirements
 * frozen; the server would refuse (409 `requirement.frozen`), so those are not offered.
 * In tendering the tender may or may not be published: offered, and the server decides.
 */
const FROZEN_PHASES = new Set(['EVALUATION', 'AWARDED', 'IMPLEMENTATION', 'FOLLOW_UP', 'CLOSED'])

export function canTakeRequirements(procurement: ProcurementLine): boolean {
  return !FROZEN_PHASES.has(procurement.phase)
}

/**
 * The caller's procurements, to add a template to. Its own key under 'procurements' (the live
 * stream and the procurements feature refresh everything under it) and only the fields needed.
 */
export function useProcurementsForLibrary(enabled: boolean) {
  return useQuery({
    queryKey: ['procurements', 'for-library'],
    enabled,
    queryFn: ({ signal }) => apiRequest('/api/procurements', { schema: z.array(procurementLineSchema), signal }),
  })
}
