import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { TENANT_ROLES } from '@/lib/auth/roles'

export const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(TENANT_ROLES)),
  /** Has logged in at least once; otherwise still invited. */
  active: z.boolean(),
})

export type Member = z.infer<typeof memberSchema>

/** Everything about the caller's tenant lives under `['tenant', …]`. */
export const TENANT_QUERY_KEY = ['tenant'] as const

export function getMembers(signal?: AbortSignal): Promise<Member[]> {
  return apiRequest('/api/tenant/members', { schema: z.array(memberSchema), signal })
}

export const membersQuery = queryOptions({
  queryKey: [...TENANT_QUERY_KEY, 'members'],
  queryFn: ({ signal }) => getMembers(signal),
})

export function useMembers() {
  return useQuery(membersQuery)
}

/** Puts `member` into the cached list (replacing the one with the same id). */
export function upsertMember(members: Member[] | undefined, member: Member): Member[] | undefined {
  if (!members) return members
  return members.some((m) => m.id === member.id)
    ? members.map((m) => (m.id === member.id ? member : m))
    : [...members, member]
}
