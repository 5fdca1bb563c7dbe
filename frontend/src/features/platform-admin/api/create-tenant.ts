import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Tenant, type TenantKind, tenantSchema, tenantsQuery } from './get-tenants'

export interface NewTenant {
  name: string
  organisationNumber: string
  kind: TenantKind
  county: string
  pupils: number
  adminName: string
  adminEmail: string
}

/** PLATFORM_ADMIN only: registers a tenant (huvudman) and invites its first administrator. */
export function createTenant(tenant: NewTenant): Promise<Tenant> {
  return apiRequest('/api/tenants', { method: 'POST', body: tenant, schema: tenantSchema })
}

export function useCreateTenant() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createTenant,
    onSuccess: (tenant) => {
      // patch rather than refetch: the list's read model may trail the write by a moment
      queryClient.setQueryData(tenantsQuery.queryKey, (tenants) =>
        tenants ? [...tenants.filter((t) => t.id !== tenant.id), tenant] : tenants,
      )
      void queryClient.invalidateQueries({ queryKey: tenantsQuery.queryKey, refetchType: 'none' })
    },
  })
}
