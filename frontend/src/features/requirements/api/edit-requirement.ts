import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'
import { type EditConflict, editConflictOf } from '@/lib/api/edit-conflict'

import {
  type Requirement,
  type RequirementContent,
  type RequirementField,
  requirementFieldOf,
  requirementSchema,
  requirementsPath,
  storeRequirement,
} from './get-requirements'

export interface RequirementEdit {
  requirementId: string
  baseVersion: number
  changes: Partial<RequirementContent>
}

export function useEditRequirement(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ requirementId, baseVersion, changes }: RequirementEdit) =>
      apiRequest(requirementsPath(procurementId, `/${encodeURIComponent(requirementId)}`), {
        method: 'PATCH',
        body: { baseVersion, changes },
        schema: requirementSchema,
      }),
    onSuccess: (requirement) => storeRequirement(queryClient, procurementId, requirement),
    onError: (error) => {
      const conflict = requirementConflictOf(error)
      if (conflict?.current) storeRequirement(queryClient, procurementId, conflict.current)
    },
  })
}

/** The details of a 409 `edit.conflict` on a requirement, or null for any other error. */
export function requirementConflictOf(error: unknown): EditConflict<RequirementField, Requirement> | null {
  return editConflictOf(error, requirementSchema, requirementFieldOf)
}
