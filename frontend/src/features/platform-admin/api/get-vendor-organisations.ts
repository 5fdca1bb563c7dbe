import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { PLATFORM_QUERY_KEY } from './get-tenants'

export const vendorOrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisationNumber: z.string(),
  userCount: z.number().int(),
})

export type VendorOrganisation = z.infer<typeof vendorOrganisationSchema>

/** PLATFORM_ADMIN only. */
export function getVendorOrganisations(signal?: AbortSignal): Promise<VendorOrganisation[]> {
  return apiRequest('/api/vendor-organisations', { schema: z.array(vendorOrganisationSchema), signal })
}

export const vendorOrganisationsQuery = queryOptions({
  queryKey: [...PLATFORM_QUERY_KEY, 'vendor-organisations'],
  queryFn: ({ signal }) => getVendorOrganisations(signal),
})

export function useVendorOrganisations() {
  return useQuery(vendorOrganisationsQuery)
}
