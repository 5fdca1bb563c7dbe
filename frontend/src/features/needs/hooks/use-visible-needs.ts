import { useMemo } from 'react'

import type { Need, NeedStatus, Priority } from '../api/get-needs'

export const NEED_SORTS = ['priority', 'endorsements', 'newest'] as const
export type NeedSort = (typeof NEED_SORTS)[number]

export interface NeedFilters {
  status: NeedStatus | ''
  perspective: string
  schoolProcess: string
  /** Words in the statement. */
  search: string
  sort: NeedSort
}

export const DEFAULT_FILTERS: NeedFilters = { status: '', perspective: '', schoolProcess: '', search: '', sort: 'priority' }

export function isFiltered(filters: NeedFilters): boolean {
  return Boolean(filters.status || filters.perspective || filters.schoolProcess || filters.search.trim())
}

const PRIORITY_ORDER: Record<Priority, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 }

const byPriority = (a: Need, b: Need) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]
const byEndorsements = (a: Need, b: Need) => b.endorsements - a.endorsements
const byNewest = (a: Need, b: Need) => b.updatedAt.localeCompare(a.updatedAt)

const COMPARATORS: Record<NeedSort, Array<(a: Need, b: Need) => number>> = {
  priority: [byPriority, byEndorsements, byNewest],
  endorsements: [byEndorsements, byPriority, byNewest],
  newest: [byNewest],
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('sv').normalize('NFC')
}

/** The needs the filters let through, in the chosen order. */
export function visibleNeeds(needs: readonly Need[], filters: NeedFilters): Need[] {
  const words = normalise(filters.search).split(/\s+/).filter(Boolean)
  const comparators = COMPARATORS[filters.sort]
  return needs
    .filter(
      (need) =>
        (!filters.status || need.status === filters.status) &&
        (!filters.perspective || need.perspective === filters.perspective) &&
        (!filters.schoolProcess || need.schoolProcess === filters.schoolProcess) &&
        words.every((word) => normalise(need.statement).includes(word)),
    )
    .sort((a, b) => {
      for (const compare of comparators) {
        const order = compare(a, b)
        if (order !== 0) return order
      }
      return 0
    })
}

export function useVisibleNeeds(needs: readonly Need[] | undefined, filters: NeedFilters): Need[] {
  return useMemo(() => visibleNeeds(needs ?? [], filters), [needs, filters])
}
