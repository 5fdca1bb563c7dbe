import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Template, templateSchema } from './get-templates'

export interface RetireTemplate {
  templateId: string
  /** Why; kept in the template's history (at most 1000 characters). */
  reason: string
}

/** `ASSOCIATION_STAFF`. The template stays for the requirements made from it, but is no longer offered. */
export function retireTemplate({ templateId, reason }: RetireTemplate): Promise<Template> {
  return apiRequest(`/api/library/requirements/${encodeURIComponent(templateId)}/retire`, {
    method: 'POST',
    body: { reason },
    schema: templateSchema,
  })
}

export function useRetireTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: retireTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  })
}
