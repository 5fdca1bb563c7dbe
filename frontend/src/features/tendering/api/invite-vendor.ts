import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'
import { invitedSchema } from './get-invited'

export interface NewVendor {
  name: string
  organisationNumber: string
  contactName: string
  contactEmail: string
}

export function useInvite(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (invite: { vendorOrganisationId: string } | { newVendor: NewVendor }) =>
      apiRequest(procurementPath(procurementId, '/vendors'), { method: 'POST', body: invite, schema: z.array(invitedSchema) }),
    onSuccess: (list) => queryClient.setQueryData(['invited', procurementId], list),
  })
}
