import { z } from 'zod'

import { ProblemDetailsError } from './api-errors'

/** One field someone else changed since the person's base version. */
export interface FieldConflict<F extends string> {
  field: F
  /** Who changed the field since the person's base version, and when (if the server says). */
  changedBy: string | null
  changedAt: string | null
}

export interface EditConflict<F extends string, T> {
  /** Each conflicting field once, in the server's order; fields this editor does not know are left out. */
  conflicts: FieldConflict<F>[]
  /** The item as it is now; if the server left it out, the caller fetches it. */
  current: T | null
}

const fieldConflictSchema = z.object({
  field: z.string(),
  changedBy: z.object({ name: z.string() }).nullish(),
  changedAt: z.string().nullish(),
})

/**
 * The details of a 409 `edit.conflict` on an item co-edited field by field (a need, a
 * requirement), or null for any other error. `current` reads the item as it is now; `fieldOf`
 * names the server's field in the editor's terms (undefined or null for a field it does not know).
 * A body that does not parse still says "conflict", with nothing known about it.
 */
export function editConflictOf<F extends string, T>(
  error: unknown,
  current: z.ZodType<T>,
  fieldOf: (name: string) => F | null | undefined,
): EditConflict<F, T> | null {
  if (!(error instanceof ProblemDetailsError) || error.status !== 409 || error.code !== 'edit.conflict') return null
  const parsed = z.object({ conflicts: z.array(fieldConflictSchema), current: current.nullish() }).safeParse(error.problem)
  if (!parsed.success) return { conflicts: [], current: null }
  const conflicts: FieldConflict<F>[] = []
  for (const conflict of parsed.data.conflicts) {
    const field = fieldOf(conflict.field)
    if (!field || conflicts.some((c) => c.field === field)) continue
    conflicts.push({ field, changedBy: conflict.changedBy?.name ?? null, changedAt: conflict.changedAt ?? null })
  }
  return { conflicts, current: parsed.data.current ?? null }
}
