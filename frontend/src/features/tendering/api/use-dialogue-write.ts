import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { procurementPath } from './common'
import { dialogueSchema } from './get-dialogue'

/** Every dialogue write answers with the whole dialogue, which replaces the cached one. */
export function useDialogueWrite<T>(procurementId: string, suffix: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: T) => apiRequest(procurementPath(procurementId, `/rfi${suffix}`), { method: 'POST', body, schema: dialogueSchema }),
    onSuccess: (dialogue) => queryClient.setQueryData(['rfi', procurementId], dialogue),
  })
}
