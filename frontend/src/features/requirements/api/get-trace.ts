import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { REQUIREMENT_KINDS } from '@/lib/requirement-taxonomy'

export const traceSchema = z.object({
  needs: z.array(z.object({ id: z.string(), statement: z.string(), status: z.string(), requirementIds: z.array(z.string()) })),
  requirements: z.array(z.object({ id: z.string(), number: z.number().int(), text: z.string(), kind: z.enum(REQUIREMENT_KINDS), needIds: z.array(z.string()) })),
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
