import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { amendmentSchema } from '@/lib/amendments'
import { apiRequest } from '@/lib/api/api-client'

/** Every amendment since publication, oldest first: the log the team and every invited vendor see. */
export function useAmendments(procurementId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['amendments', procurementId],
    enabled,
    queryFn: ({ signal }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/amendments`, { schema: z.array(amendmentSchema), signal }),
  })
}
