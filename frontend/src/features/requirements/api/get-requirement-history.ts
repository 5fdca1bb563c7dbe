import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { requirementsKey, requirementsPath } from './get-requirements'

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
