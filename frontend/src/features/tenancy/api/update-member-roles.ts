import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'
import { meQuery } from '@/lib/auth/get-me'
import type { TenantRole } from '@/lib/auth/roles'

import { type Member, memberSchema, membersQuery, TENANT_QUERY_KEY, upsertMember } from './get-members'

export interface MemberRolesChange {
  memberId: string
  roles: TenantRole[]
}

/** TENANT_ADMIN only. 409 `tenant.last-admin`, 404 for an unknown member. */
export function updateMemberRoles({ memberId, roles }: MemberRolesChange): Promise<Member> {
  return apiRequest(`/api/tenant/members/${encodeURIComponent(memberId)}/roles`, {
    method: 'PUT',
    body: { roles },
    schema: memberSchema,
  })
}

export function useUpdateMemberRoles() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMemberRoles,
    onSuccess: (member) => {
      queryClient.setQueryData(membersQuery.queryKey, (members) => upsertMember(members, member))
      void queryClient.invalidateQueries({ queryKey: TENANT_QUERY_KEY, refetchType: 'none' })
      // the change may have been to the caller's own roles
      void queryClient.invalidateQueries({ queryKey: meQuery.queryKey })
    },
  })
}
