import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'
import type { TenantRole } from '@/lib/auth/roles'

import { type Member, memberSchema, membersQuery, TENANT_QUERY_KEY, upsertMember } from './get-members'

export interface NewMember {
  name: string
  email: string
  roles: TenantRole[]
}

/** TENANT_ADMIN only. 400 with field errors, 409 `member.email-taken`. */
export function createMember(member: NewMember): Promise<Member> {
  return apiRequest('/api/tenant/members', { method: 'POST', body: member, schema: memberSchema })
}

export function useCreateMember() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createMember,
    onSuccess: (member) => {
      // The answer is the truth: patch it in. Read models may trail the write by a moment, so
      // an immediate refetch could hide the new member; mark the tenant's queries stale instead.
      queryClient.setQueryData(membersQuery.queryKey, (members) => upsertMember(members, member))
      void queryClient.invalidateQueries({ queryKey: TENANT_QUERY_KEY, refetchType: 'none' })
    },
  })
}
