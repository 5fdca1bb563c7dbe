import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const directoryEntrySchema = z.object({ id: z.string(), name: z.string(), organisationNumber: z.string() })

export function useVendorDirectory() {
  return useQuery({
    queryKey: ['vendor-directory'],
    queryFn: ({ signal }) => apiRequest('/api/vendor-directory', { schema: z.array(directoryEntrySchema), signal }),
  })
}
