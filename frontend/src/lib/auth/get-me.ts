import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { isRole } from './roles'

const organisationSchema = z.object({ id: z.string(), name: z.string() })

export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  tenant: organisationSchema.nullable(),
  vendorOrganisation: organisationSchema.nullable(),
  // Roles this UI does not know yet are ignored rather than failing the whole application.
  roles: z.array(z.string()).transform((roles) => roles.filter(isRole)),
})

export type Me = z.infer<typeof meSchema>

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest('/api/me', { schema: meSchema, signal })
}

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: ({ signal }) => getMe(signal),
  staleTime: 5 * 60_000,
})

export function useMe() {
  return useQuery(meQuery)
}
