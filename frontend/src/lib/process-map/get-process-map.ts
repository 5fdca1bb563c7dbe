import { queryOptions, useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { type Language, useI18n } from '@/lib/i18n/i18n'

/**
 * The process map (in the spirit of Edtechkartan): the school processes a procurement or a need
 * belongs to, and the perspectives a need is seen from. Reference data named in both languages,
 * shared by the procurement and needs areas; it changes with a release, not while someone works.
 */
const namedSchema = z.object({ id: z.string(), sv: z.string(), en: z.string() })

export const processMapSchema = z.object({
  schoolProcesses: z.array(
    namedSchema.extend({ description: z.object({ sv: z.string(), en: z.string() }).nullish() }),
  ),
  perspectives: z.array(namedSchema),
})

export type ProcessMap = z.infer<typeof processMapSchema>
export type ProcessMapEntry = z.infer<typeof namedSchema>

export function getProcessMap(signal?: AbortSignal): Promise<ProcessMap> {
  return apiRequest('/api/process-map', { schema: processMapSchema, signal })
}

export const processMapQuery = queryOptions({
  queryKey: ['process-map'],
  queryFn: ({ signal }) => getProcessMap(signal),
  staleTime: 60 * 60_000,
})

export function useProcessMap() {
  return useQuery(processMapQuery)
}

export function nameOf(entry: ProcessMapEntry, language: Language): string {
  return entry[language]
}

export interface ProcessMapLabels {
  schoolProcess: (id: string) => string
  perspective: (id: string) => string
  schoolProcessOptions: Array<{ value: string; label: string }>
  perspectiveOptions: Array<{ value: string; label: string }>
}

/**
 * Names of school processes and perspectives in the current language. Until the map has loaded
 * (or if an id is unknown to it) the id itself is shown rather than nothing.
 */
export function useProcessMapLabels(): ProcessMapLabels {
  const { language } = useI18n()
  const { data } = useProcessMap()
  const find = useCallback(
    (entries: readonly ProcessMapEntry[] | undefined, id: string) => {
      const entry = entries?.find((e) => e.id === id)
      return entry ? nameOf(entry, language) : id
    },
    [language],
  )
  const options = (entries: readonly ProcessMapEntry[] | undefined) =>
    (entries ?? []).map((entry) => ({ value: entry.id, label: nameOf(entry, language) }))
  return {
    schoolProcess: (id) => find(data?.schoolProcesses, id),
    perspective: (id) => find(data?.perspectives, id),
    schoolProcessOptions: options(data?.schoolProcesses),
    perspectiveOptions: options(data?.perspectives),
  }
}
