import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const activitySchema = z.object({
  eventId: z.string(),
  type: z.string(),
  occurredAt: z.string(),
  actorName: z.string().nullable(),
  /** What happened, in the language the request asked for (the server has a sentence for every event type it stores). */
  what: z.string(),
  /** What it is about where the event names something (a member, a procurement); often empty. */
  summary: z.string(),
})

export type Activity = z.infer<typeof activitySchema>

export function getActivity(signal?: AbortSignal): Promise<Activity[]> {
  return apiRequest('/api/tenant/activity', { schema: z.array(activitySchema), signal })
}

/** Under the `tenant` key: changes to the tenant mark it stale. Fed through Kafka, so it may lag a little. */
export function activityQuery(language: string) {
  return queryOptions({
    // the sentences come in the request's language: another language is another answer
    queryKey: ['tenant', 'activity', language],
    queryFn: ({ signal }) => getActivity(signal),
    staleTime: 0,
  })
}

export function useActivity(language: string) {
  return useQuery(activityQuery(language))
}
