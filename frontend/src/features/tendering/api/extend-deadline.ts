import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'
import { publicationSchema } from '@/lib/tender-publication'

import { procurementPath } from './common'

export function useExtendDeadline(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: { tenderDeadline: string }) =>
      apiRequest(procurementPath(procurementId, '/deadline'), { method: 'POST', body: request, schema: publicationSchema }),
    onSuccess: (publication) => queryClient.setQueryData(['publication', procurementId], publication),
  })
}
