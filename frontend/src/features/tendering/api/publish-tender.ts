import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'
import { publicationSchema } from '@/lib/tender-publication'

import { procurementPath } from './common'

export interface PublishRequest {
  tenderDeadline: string
  lastQuestionDay: string
  evaluationModel: 'LOWEST_PRICE' | 'PRICE_AND_QUALITY'
  qualityValueSek: number | null
  accelerated: boolean
}

export function usePublish(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: PublishRequest) =>
      apiRequest(procurementPath(procurementId, '/publish'), { method: 'POST', body: request, schema: publicationSchema }),
    onSuccess: (publication) => {
      queryClient.setQueryData(['publication', procurementId], publication)
      // the phase moved to tendering; requirements are frozen
      void queryClient.invalidateQueries({ queryKey: ['procurements'] })
    },
  })
}
