import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { needPath, needsQueryKey } from './get-needs'

export const historyEntrySchema = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.object({ id: z.string().nullish(), name: z.string() }).nullish(),
  /** What happened, e.g. "PROPOSED", "EDITED" (or an event name such as "NeedEditedEvent"). */
  type: z.string(),
  changes: z
    .array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() }))
    .nullish()
    .transform((changes) => changes ?? []),
})

export type HistoryEntry = z.infer<typeof historyEntrySchema>

/** Every change to the need, who and when: the documentation duty (LOU 12 kap.). */
export function getNeedHistory(procurementId: string, needId: string, signal?: AbortSignal): Promise<HistoryEntry[]> {
  return apiRequest(needPath(procurementId, needId, '/history'), { schema: z.array(historyEntrySchema), signal })
}

export function needHistoryQuery(procurementId: string, needId: string) {
  return queryOptions({
    queryKey: [...needsQueryKey(procurementId), needId, 'history'],
    queryFn: ({ signal }) => getNeedHistory(procurementId, needId, signal),
    staleTime: 0,
  })
}

export function useNeedHistory(procurementId: string, needId: string) {
  return useQuery(needHistoryQuery(procurementId, needId))
}
