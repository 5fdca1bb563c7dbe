import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type RequirementContent, requirementSchema, requirementsPath, storeRequirement } from './get-requirements'

export type NewRequirement = RequirementContent & { templateId?: string }

export function useCreateRequirement(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (requirement: Partial<NewRequirement>) =>
      apiRequest(requirementsPath(procurementId), { method: 'POST', body: requirement, schema: requirementSchema }),
    onSuccess: (requirement) => storeRequirement(queryClient, procurementId, requirement),
  })
}
