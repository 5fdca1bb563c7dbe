import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'
import { type EditConflict, editConflictOf } from '@/lib/api/edit-conflict'

import { type Need, type NeedContent, type NeedField, needFieldOf, needPath, needSchema, storeNeed } from './get-needs'

export interface NeedEdit {
  procurementId: string
  needId: string
  /** The version the person started editing from. */
  baseVersion: number
  /** Only the fields the person changed, with their new values. */
  changes: Partial<NeedContent>
}

/**
 * 200 with the need. Edits of different fields by two people both succeed (the server merges);
 * if someone else changed one of the same fields after `baseVersion`, 409 `edit.conflict` and
 * nothing is stored (see {@link needConflictOf}).
 */
export function editNeed({ procurementId, needId, baseVersion, changes }: NeedEdit): Promise<Need> {
  return apiRequest(needPath(procurementId, needId), {
    method: 'PATCH',
    body: { baseVersion, changes },
    schema: needSchema,
  })
}

export function useEditNeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: editNeed,
    onSuccess: (need, { procurementId }) => storeNeed(queryClient, procurementId, need),
    onError: (error, { procurementId }) => {
      // the need as it is now is news for everybody looking at the list
      const conflict = needConflictOf(error)
      if (conflict?.current) storeNeed(queryClient, procurementId, conflict.current)
    },
  })
}

/** The details of a 409 `edit.conflict` on a need, or null for any other error. */
export function needConflictOf(error: unknown): EditConflict<NeedField, Need> | null {
  return editConflictOf(error, needSchema, needFieldOf)
}
