import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const activitySchema = z.object({
  eventId: z.string(),
  type: z.string(),
  occurredAt: z.string(),
  actorName: z.string().nullable(),
  summary: z.string(),
})

export type Activity = z.infer<typeof activitySchema>

export function getActivity(signal?: AbortSignal): Promise<Activity[]> {
  return apiRequest('/api/tenant/activity', { schema: z.array(activitySchema), signal })
}

/** Under the `tenant` key: changes to the tenant mark it stale. Fed through Kafka, so it may lag a little. */
export const activityQuery = queryOptions({
  queryKey: ['tenant', 'activity'],
  queryFn: ({ signal }) => getActivity(signal),
  staleTime: 0,
})

export function useActivity() {
  return useQuery(activityQuery)
}
