import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const TENANT_KINDS = ['MUNICIPAL', 'INDEPENDENT'] as const
export type TenantKind = (typeof TENANT_KINDS)[number]

export const SIZE_BANDS = ['SMALL', 'MEDIUM', 'LARGE', 'VERY_LARGE'] as const
export type SizeBand = (typeof SIZE_BANDS)[number]

export const tenantSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisationNumber: z.string(),
  kind: z.enum(TENANT_KINDS),
  county: z.string(),
  pupils: z.number().int(),
  sizeBand: z.enum(SIZE_BANDS),
  memberCount: z.number().int(),
})

export type Tenant = z.infer<typeof tenantSchema>

export const PLATFORM_QUERY_KEY = ['platform'] as const

/** PLATFORM_ADMIN only. */
export function getTenants(signal?: AbortSignal): Promise<Tenant[]> {
  return apiRequest('/api/tenants', { schema: z.array(tenantSchema), signal })
}

export const tenantsQuery = queryOptions({
  queryKey: [...PLATFORM_QUERY_KEY, 'tenants'],
  queryFn: ({ signal }) => getTenants(signal),
})

export function useTenants() {
  return useQuery(tenantsQuery)
}
