import { useQuery } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { vendorProcurementPath as base } from './common'
import { vendorProcurementSchema } from './get-vendor-procurements'

export function useVendorProcurement(id: string) {
  return useQuery({
    queryKey: ['vendor', id],
    queryFn: ({ signal }) => apiRequest(base(id), { schema: vendorProcurementSchema, signal }),
  })
}
