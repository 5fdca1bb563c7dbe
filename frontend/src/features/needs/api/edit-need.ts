import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'

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
 * nothing is stored (see {@link editConflictOf}).
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
      const conflict = editConflictOf(error)
      if (conflict?.current) storeNeed(queryClient, procurementId, conflict.current)
    },
  })
}

const fieldConflictSchema = z.object({
  field: z.string(),
  yours: z.unknown(),
  current: z.unknown(),
  changedBy: z.object({ id: z.string().nullish(), name: z.string() }).nullish(),
  changedAt: z.string().nullish(),
})

const editConflictSchema = z.object({
  conflicts: z.array(fieldConflictSchema),
  current: needSchema.nullish(),
})

export interface FieldConflict {
  field: NeedField
  /** Who changed the field since the person's base version, and when (if the server says). */
  changedBy: string | null
  changedAt: string | null
}

export interface EditConflict {
  conflicts: FieldConflict[]
  /** The need as it is now; if the server left it out, the caller fetches it. */
  current: Need | null
}

/** The details of a 409 `edit.conflict`, or null for any other error. */
export function editConflictOf(error: unknown): EditConflict | null {
  if (!(error instanceof ProblemDetailsError) || error.status !== 409 || error.code !== 'edit.conflict') return null
  const parsed = editConflictSchema.safeParse(error.problem)
  if (!parsed.success) return { conflicts: [], current: null }
  const conflicts: FieldConflict[] = []
  for (const conflict of parsed.data.conflicts) {
    const field = needFieldOf(conflict.field)
    if (!field || conflicts.some((c) => c.field === field)) continue
    conflicts.push({ field, changedBy: conflict.changedBy?.name ?? null, changedAt: conflict.changedAt ?? null })
  }
  return { conflicts, current: parsed.data.current ?? null }
}
