import { describe, expect, it } from 'vitest'

import { aRequirement, REQUIREMENTS } from '../../components/__tests__/requirement-fixtures'
import { DEFAULT_REQUIREMENT_FILTERS, isFiltered, visibleRequirements } from '../use-visible-requirements'

const ids = (filters: Partial<typeof DEFAULT_REQUIREMENT_FILTERS>, list = REQUIREMENTS) =>
  visibleRequirements(list, { ...DEFAULT_REQUIREMENT_FILTERS, ...filters }).map((r) => r.id)

describe('visibleRequirements', () => {
  it('searches every word, in any case, in the text, the verification method and the template', () => {
    expect(ids({ query: 'SKOLFEDERATION' })).toEqual(['r2'])
    expect(ids({ query: 'användartest klick' })).toEqual(['r1'])
    expect(ids({ query: 'support på svenska' })).toEqual(['r3'])
    expect(ids({ query: 'klick svenska' })).toEqual([])
  })

  it('combines the filters', () => {
    expect(ids({ kind: 'EVALUATED', withoutNeed: false })).toEqual(['r1', 'r3'])
    expect(ids({ kind: 'EVALUATED', withoutNeed: true })).toEqual([])
    expect(ids({ category: 'IDENTITY_AND_EID', withoutNeed: true })).toEqual(['r2'])
  })

  it('sorts by weight with mandatory requirements last, and by category then text', () => {
    const list = [
      aRequirement({ id: 'a', text: 'B-text', weight: 5, category: 'COMMERCIAL' }),
      aRequirement({ id: 'b', text: 'A-text', kind: 'MANDATORY', weight: null, category: 'FUNCTION' }),
      aRequirement({ id: 'c', text: 'C-text', weight: 50, category: 'FUNCTION' }),
    ]
    expect(ids({ sort: 'weight' }, list)).toEqual(['c', 'a', 'b'])
    expect(ids({ sort: 'category' }, list)).toEqual(['b', 'c', 'a'])
  })

  it('knows when anything is filtered (the sort is not a filter)', () => {
    expect(isFiltered({ ...DEFAULT_REQUIREMENT_FILTERS, sort: 'weight' })).toBe(false)
    expect(isFiltered({ ...DEFAULT_REQUIREMENT_FILTERS, query: '  ' })).toBe(false)
    expect(isFiltered({ ...DEFAULT_REQUIREMENT_FILTERS, withoutNeed: true })).toBe(true)
  })
})
