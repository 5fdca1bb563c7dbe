import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

/** Phases in which a procurement has an outcome to follow up. */
export const FOLLOWABLE_PHASES = ['IMPLEMENTATION', 'FOLLOW_UP', 'CLOSED'] as const

const lineSchema = z.object({ id: z.string(), title: z.string(), phase: z.string() }).passthrough()

/** The tenant's procurements that are implemented or later: the ones with a follow-up. */
export function useFollowableProcurements() {
  return useQuery({
    queryKey: ['procurements', 'followable'],
    queryFn: async ({ signal }) => {
      const all = await apiRequest('/api/procurements', { schema: z.array(lineSchema), signal })
      return all.filter((p) => (FOLLOWABLE_PHASES as readonly string[]).includes(p.phase))
    },
  })
}
