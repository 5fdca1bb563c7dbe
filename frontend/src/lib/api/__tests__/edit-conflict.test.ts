import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { NetworkError, ProblemDetailsError } from '../api-errors'
import { editConflictOf } from '../edit-conflict'

const FIELDS = ['title', 'schoolProcess'] as const
type Field = (typeof FIELDS)[number]

/** Like the features' own: "SCHOOL_PROCESS" and "schoolProcess" name the same field. */
const fieldOf = (name: string): Field | undefined =>
  FIELDS.find((field) => field.toLowerCase() === name.replace(/_/g, '').toLowerCase())

const itemSchema = z.object({ id: z.string(), version: z.number(), title: z.string() })
const CURRENT = { id: 'i1', version: 3, title: 'Theirs' }

function conflict(body: Record<string, unknown>, status = 409) {
  return new ProblemDetailsError(status, { title: 'Conflict', code: 'edit.conflict', ...body })
}

const parse = (error: unknown) => editConflictOf(error, itemSchema, fieldOf)

describe('editConflictOf', () => {
  it('reads each conflicting field with who changed it and when, and the item as it is now', () => {
    const error = conflict({
      conflicts: [
        {
          field: 'title',
          yours: 'Mine',
          current: 'Theirs',
          changedBy: { id: 'person-9', name: 'Cecilia Ek' },
          changedAt: '2026-03-11T10:15:00Z',
        },
        { field: 'SCHOOL_PROCESS', changedBy: null },
      ],
      current: CURRENT,
    })

    expect(parse(error)).toEqual({
      conflicts: [
        { field: 'title', changedBy: 'Cecilia Ek', changedAt: '2026-03-11T10:15:00Z' },
        { field: 'schoolProcess', changedBy: null, changedAt: null },
      ],
      current: CURRENT,
    })
  })

  it('names each field once and leaves out fields the editor does not know', () => {
    const error = conflict({
      conflicts: [
        { field: 'title', changedBy: { name: 'Cecilia Ek' } },
        { field: 'secret', changedBy: { name: 'Cecilia Ek' } },
        { field: 'TITLE', changedBy: { name: 'Anders Berg' } },
      ],
    })

    expect(parse(error)).toEqual({
      conflicts: [{ field: 'title', changedBy: 'Cecilia Ek', changedAt: null }],
      current: null,
    })
  })

  it('is still a conflict, with nothing known about it, when the body does not parse', () => {
    expect(parse(conflict({ conflicts: 'everything' }))).toEqual({ conflicts: [], current: null })
    expect(parse(conflict({ conflicts: [], current: { id: 'i1' } }))).toEqual({ conflicts: [], current: null })
  })

  it('is null for any other error', () => {
    expect(parse(conflict({ conflicts: [] }, 412))).toBeNull()
    expect(parse(new ProblemDetailsError(409, { code: 'phase.closed' }))).toBeNull()
    expect(parse(new ProblemDetailsError(400, { code: 'validation', errors: [] }))).toBeNull()
    expect(parse(new NetworkError(new Error('offline')))).toBeNull()
    expect(parse(null)).toBeNull()
  })
})
