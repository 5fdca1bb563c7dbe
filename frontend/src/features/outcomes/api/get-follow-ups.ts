import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const followUpLineSchema = z.object({
  procurementId: z.string(),
  title: z.string(),
  phase: z.string(),
  status: z.enum(['NOT_OPENED', 'OPEN', 'CLOSED']),
  /** The follow-up is open and the person answers surveys: the survey waits for them (or for a change). */
  canAnswer: z.boolean(),
  answered: z.boolean(),
})
export type FollowUpLine = z.infer<typeof followUpLineSchema>

export const FOLLOW_UPS_QUERY_KEY = ['follow-ups'] as const

/**
 * The Uppföljning list: the procurements the person may see that are implemented or later, each
 * with its follow-up's status and whether the survey waits for the person's answer. The server
 * decides who sees what, by the same rule as the survey itself.
 */
export function useFollowUps() {
  return useQuery({
    queryKey: FOLLOW_UPS_QUERY_KEY,
    queryFn: ({ signal }) => apiRequest('/api/follow-ups', { schema: z.array(followUpLineSchema), signal }),
  })
}
