import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type VendorOrganisation, vendorOrganisationSchema, vendorOrganisationsQuery } from './get-vendor-organisations'

export interface NewVendor {
  name: string
  organisationNumber: string
  contactName: string
  contactEmail: string
}

/** PLATFORM_ADMIN only: registers a vendor organisation with its first user, who may log in from then on. */
export function registerVendor(vendor: NewVendor): Promise<VendorOrganisation> {
  return apiRequest('/api/vendor-organisations', { method: 'POST', body: vendor, schema: vendorOrganisationSchema })
}

export function useRegisterVendor() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: registerVendor,
    onSuccess: (vendor) => {
      // patch rather than refetch: the list's read model may trail the write by a moment
      queryClient.setQueryData(vendorOrganisationsQuery.queryKey, (vendors) =>
        vendors ? [...vendors.filter((v) => v.id !== vendor.id), vendor] : vendors,
      )
      void queryClient.invalidateQueries({ queryKey: vendorOrganisationsQuery.queryKey, refetchType: 'none' })
    },
  })
}
