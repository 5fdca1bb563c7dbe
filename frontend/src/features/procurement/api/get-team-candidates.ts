import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

/** The part of a tenant member that choosing a procurement team needs. */
export const teamCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.string()).default([]),
})

export type TeamCandidate = z.infer<typeof teamCandidateSchema>

/** The tenant's members (`GET /api/tenant/members`), as candidates for a procurement team. */
export function getTeamCandidates(signal?: AbortSignal): Promise<TeamCandidate[]> {
  return apiRequest('/api/tenant/members', { schema: z.array(teamCandidateSchema), signal })
}

/**
 * Under the tenant's key, so that changes to the members mark it stale too; a key of its own
 * below `members`, since it holds a narrower shape than the team page's list.
 */
export const teamCandidatesQuery = queryOptions({
  queryKey: ['tenant', 'members', 'team-candidates'],
  queryFn: ({ signal }) => getTeamCandidates(signal),
})

export function useTeamCandidates() {
  return useQuery(teamCandidatesQuery)
}
