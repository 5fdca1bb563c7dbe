import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { followUpKey, followUpPath, followUpSchema } from './get-follow-up'
import { FOLLOW_UPS_QUERY_KEY } from './get-follow-ups'

/** Every follow-up write answers with the whole follow-up, which replaces the cached one. */
export function useFollowUpWrite<B>(procurementId: string, method: 'POST' | 'PUT', rest: (body: B) => string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: B) => apiRequest(followUpPath(procurementId, rest(body)), { method, body, schema: followUpSchema }),
    onSuccess: (followUp) => {
      queryClient.setQueryData(followUpKey(procurementId), followUp)
      // the Uppföljning list says whether the survey is open and answered
      void queryClient.invalidateQueries({ queryKey: FOLLOW_UPS_QUERY_KEY })
    },
  })
}
