import type { UseMutationResult } from '@tanstack/react-query'
import { useState } from 'react'

import type { EditConflict, FieldConflict } from '@/lib/api/edit-conflict'

/** The choice per field after a conflict (the shared conflict dialog asks for one per field). */
export type ConflictChoice = 'mine' | 'theirs'

/** How a save ended: stored; nothing to store; nothing left to store after a conflict was resolved. */
export type SaveOutcome = 'saved' | 'unchanged' | 'keptTheirs'

/** An edit that met someone else's: what the dialog shows and the resolution starts from. */
export interface OpenConflict<T, C, F extends string> {
  conflicts: FieldConflict<F>[]
  /** The version the person's edit was based on. */
  base: T
  /** What the person wanted. */
  mine: C
  current: T
}

interface Versioned {
  id: string
  version: number
  updatedAt: string
}

export interface CoEditOptions<T extends Versioned & C, C, F extends keyof C & string, V> {
  /** The version the editing starts from (not the one a list shows later: live updates must not turn someone else's change into a silent overwrite). */
  item: T
  /** The fields people edit, in the order the item lists them. */
  fields: readonly F[]
  contentOf: (item: T) => C
  sameValue: (field: F, a: C[F], b: C[F]) => boolean
  /** Only the fields that differ from what the edit is based on (what the PATCH sends). */
  changesBetween: (base: C, next: C) => Partial<C>
  /** After a conflict: what the item should become, given a choice per conflicting field. */
  resolve: (base: C, mine: C, current: C, choices: Partial<Record<F, ConflictChoice>>) => C
  /** The 409 `edit.conflict` of this kind of item, or null for any other error. */
  conflictOf: (error: unknown) => EditConflict<F, T> | null
  /** The item as it is now, when the conflict did not say (null if it is gone or cannot be read). */
  fetchCurrent: (item: T) => Promise<T | null>
  /** The PATCH. */
  mutation: UseMutationResult<T, Error, V, unknown>
  variables: (from: T, changes: Partial<C>) => V
  /** After a resolution the form starts again from these values. */
  onRestart: (content: C) => void
  /** Saved, or nothing left to save; `item` is the saved version (or the base when nothing was sent). */
  onDone: (item: T, outcome: SaveOutcome) => void
}

/**
 * Saving an item that people co-edit field by field (needs, requirements): PATCH only the changed
 * fields, based on the version the editing started from. If someone else changed the same fields
 * meanwhile (409 `edit.conflict`), `conflict` holds both sides for the conflict dialog; `resolve`
 * with a choice per field sends again, based on the current version. What the person typed stays
 * in the form throughout.
 */
export function useCoEdit<T extends Versioned & C, C, F extends keyof C & string, V>(options: CoEditOptions<T, C, F, V>) {
  const { fields, contentOf, sameValue, changesBetween, conflictOf, fetchCurrent, mutation, variables, onRestart, onDone } = options
  const [base, setBase] = useState<T>(options.item)
  const [conflict, setConflict] = useState<OpenConflict<T, C, F> | null>(null)
  const [looking, setLooking] = useState(false)

  const openConflict = async (error: unknown, from: T, mine: C, changes: Partial<C>) => {
    const details = conflictOf(error)
    if (!details) return
    let current = details.current
    if (!current) {
      // the server did not send the item as it is now: fetch it
      setLooking(true)
      try {
        current = await fetchCurrent(from)
      } catch {
        current = null
      } finally {
        setLooking(false)
      }
    }
    if (!current) return
    const latest = current
    const conflicts =
      details.conflicts.length > 0
        ? details.conflicts
        : (Object.keys(changes) as F[])
            .filter((field) => !sameValue(field, from[field], latest[field]))
            .map((field) => ({ field, changedBy: null, changedAt: latest.updatedAt }))
    setConflict({ conflicts, base: from, mine, current: latest })
  }

  const send = (from: T, next: C, nothingLeft: SaveOutcome) => {
    const changes = changesBetween(contentOf(from), next)
    if (Object.keys(changes).length === 0) {
      onDone(from, nothingLeft)
      return
    }
    mutation.mutate(variables(from, changes), {
      onSuccess: (saved) => onDone(saved, 'saved'),
      onError: (error) => void openConflict(error, from, next, changes),
    })
  }

  const resolve = (choices: Partial<Record<F, ConflictChoice>>) => {
    if (!conflict) return
    const { current } = conflict
    const next = options.resolve(contentOf(conflict.base), conflict.mine, contentOf(current), choices)
    // from now on the edit is based on the current version, with the chosen values in the form
    setBase(current)
    onRestart(next)
    setConflict(null)
    send(current, next, 'keptTheirs')
  }

  /** The person's changes to fields nobody else touched: saved along with the choices. */
  const otherChanges = conflict
    ? fields.filter(
        (field) => !conflict.conflicts.some((c) => c.field === field) && !sameValue(field, conflict.base[field], conflict.mine[field]),
      )
    : []

  return {
    conflict,
    otherChanges,
    /** Fetching the current version after a conflict that did not include it. */
    looking,
    /** Saves what the form holds now. */
    save: (next: C) => send(base, next, 'unchanged'),
    resolve,
    /** Back to the form, nothing sent. */
    cancelConflict: () => setConflict(null),
  }
}
