import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'

export const invitedSchema = z.object({
  vendorOrganisationId: z.string(),
  name: z.string(),
  organisationNumber: z.string(),
  invitedAt: z.string(),
})
export type Invited = z.infer<typeof invitedSchema>

export function useInvited(procurementId: string) {
  return useQuery({
    queryKey: ['invited', procurementId],
    queryFn: ({ signal }) => apiRequest(procurementPath(procurementId, '/vendors'), { schema: z.array(invitedSchema), signal }),
  })
}
