import { useMemo } from 'react'

import type { Requirement, RequirementCategory, RequirementKind } from '../api/get-requirements'
import { REQUIREMENT_CATEGORIES } from '../api/get-requirements'

export type RequirementSort = 'category' | 'weight' | 'updated'

export interface RequirementFilters {
  query: string
  category: RequirementCategory | ''
  kind: RequirementKind | ''
  withoutNeed: boolean
  sort: RequirementSort
}

export const DEFAULT_REQUIREMENT_FILTERS: RequirementFilters = {
  query: '',
  category: '',
  kind: '',
  withoutNeed: false,
  sort: 'category',
}

export function isFiltered(filters: RequirementFilters): boolean {
  return filters.query.trim() !== '' || filters.category !== '' || filters.kind !== '' || filters.withoutNeed
}

/** Filters, searches (text and verification method, case-insensitive) and sorts requirements. */
export function visibleRequirements(requirements: readonly Requirement[], filters: RequirementFilters): Requirement[] {
  const words = filters.query.trim().toLocaleLowerCase('sv').split(/\s+/).filter(Boolean)
  const shown = requirements.filter((r) => {
    if (filters.category && r.category !== filters.category) return false
    if (filters.kind && r.kind !== filters.kind) return false
    if (filters.withoutNeed && r.needIds.length > 0) return false
    const haystack = `${r.text} ${r.verificationMethod ?? ''} ${r.template?.title ?? ''}`.toLocaleLowerCase('sv')
    return words.every((word) => haystack.includes(word))
  })
  const order = (category: RequirementCategory) => REQUIREMENT_CATEGORIES.indexOf(category)
  return shown.sort((a, b) => {
    if (filters.sort === 'weight') return (b.weight ?? -1) - (a.weight ?? -1) || order(a.category) - order(b.category)
    if (filters.sort === 'updated') return b.updatedAt.localeCompare(a.updatedAt)
    return order(a.category) - order(b.category) || a.text.localeCompare(b.text, 'sv')
  })
}

export function useVisibleRequirements(requirements: readonly Requirement[] | undefined, filters: RequirementFilters) {
  return useMemo(() => visibleRequirements(requirements ?? [], filters), [requirements, filters])
}
