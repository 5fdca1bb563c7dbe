import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import {
  REQUIREMENT_CATEGORIES,
  REQUIREMENT_KINDS,
  type RequirementCategory,
  type RequirementKind,
} from '@/lib/requirement-taxonomy'

export const KINDS = REQUIREMENT_KINDS
export const CATEGORIES = REQUIREMENT_CATEGORIES
export type Kind = RequirementKind
export type Category = RequirementCategory

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null)
const list = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? [])

export const templateSchema = z.object({
  id: z.string(),
  key: optionalText,
  revision: z.number().int(),
  titleSv: z.string(),
  titleEn: optionalText,
  text: z.string(),
  kind: z.enum(KINDS),
  /** Only evaluated (bör) templates suggest a weight, 1–100. */
  defaultWeight: z
    .number()
    .int()
    .nullish()
    .transform((value) => value ?? null),
  category: z.enum(CATEGORIES),
  verificationMethod: optionalText,
  /** School process ids from the process map. */
  schoolProcesses: list,
  /** Standards and rules the template rests on: "SS 12000:2020", "WCAG 2.1 AA" … */
  references: list,
  retired: z.boolean(),
  /** How many requirements, in all tenants, were made from the template. */
  /** In how many awarded procurements (at least; a multiple of 5), or null: used by fewer than 5 huvudmän. */
  usageCount: z.number().int().nullable(),
})
export type Template = z.infer<typeof templateSchema>

export interface LibrarySearch {
  q: string
  category: Category | ''
  kind: Kind | ''
  /** A school process id, or '' for all. */
  process: string
  includeRetired: boolean
}

export const NO_SEARCH: LibrarySearch = { q: '', category: '', kind: '', process: '', includeRetired: false }

/** Only the filters in use, so that equal searches share one cache entry and one URL. */
export function libraryQueryString(search: LibrarySearch): string {
  const params = new URLSearchParams()
  if (search.q.trim()) params.set('q', search.q.trim())
  if (search.category) params.set('category', search.category)
  if (search.kind) params.set('kind', search.kind)
  if (search.process) params.set('process', search.process)
  if (search.includeRetired) params.set('includeRetired', 'true')
  return params.toString()
}

export function libraryKey(queryString: string) {
  return ['library', queryString] as const
}

/** Tenant members and association staff; retired templates only when asked for. */
export function getTemplates(queryString: string, signal?: AbortSignal): Promise<Template[]> {
  return apiRequest(`/api/library/requirements${queryString ? `?${queryString}` : ''}`, {
    schema: z.array(templateSchema),
    signal,
  })
}

export function useTemplates(search: LibrarySearch) {
  const queryString = libraryQueryString(search)
  return useQuery({
    queryKey: libraryKey(queryString),
    queryFn: ({ signal }) => getTemplates(queryString, signal),
    // the previous answer stays on screen while the next search runs, so the list does not flicker
    placeholderData: keepPreviousData,
  })
}
