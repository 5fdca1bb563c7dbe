import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'

const requirementLineSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  text: z.string(),
  kind: z.enum(['MANDATORY', 'EVALUATED']),
  weight: z.number().nullish().transform((v) => v ?? null),
})
export type RequirementLine = z.infer<typeof requirementLineSchema>

/** The requirements as they stand (amendments included), in the order the evaluation matrix lists them. */
export function useRequirementLines(procurementId: string) {
  return useQuery({
    queryKey: ['requirements', procurementId, 'lines'],
    queryFn: ({ signal }) => apiRequest(procurementPath(procurementId, '/requirements'), { schema: z.array(requirementLineSchema), signal }),
  })
}
