import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export interface AddTemplate {
  procurementId: string
  templateId: string
  /** Open needs of that procurement the new requirement serves; may be empty. */
  needIds: string[]
}

/**
 * `BUYER`. The new requirement takes its text, kind, weight and category from the template and
 * remembers the template's revision. 409 `requirement.frozen` once the tender is published,
 * 409 `template.retired`, 400 `requirement.unknown-need`.
 */
export function addTemplateToProcurement({ procurementId, templateId, needIds }: AddTemplate) {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/requirements`, {
    method: 'POST',
    body: { templateId, needIds },
    schema: z.looseObject({ id: z.string() }),
  })
}

export function useAddTemplateToProcurement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addTemplateToProcurement,
    onSuccess: (_, { procurementId }) => {
      void queryClient.invalidateQueries({ queryKey: ['requirements', procurementId] })
      // the template's usage count went up
      void queryClient.invalidateQueries({ queryKey: ['library'] })
    },
  })
}
