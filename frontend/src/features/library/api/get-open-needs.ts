import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const needLineSchema = z.object({ id: z.string(), statement: z.string(), status: z.string() })
export type NeedLine = z.infer<typeof needLineSchema>

/** A requirement may only serve open needs (the server answers 400 `requirement.unknown-need` otherwise). */
const OPEN = new Set(['PROPOSED', 'ACCEPTED'])

/**
 * The open needs of a procurement, for a new requirement to serve. Keyed under the needs
 * feature's ['needs', id] so that its changes refresh this too, but never the same entry: this
 * one holds fewer fields.
 */
export function useOpenNeeds(procurementId: string) {
  return useQuery({
    queryKey: ['needs', procurementId, 'open-for-library'],
    enabled: procurementId !== '',
    queryFn: async ({ signal }) => {
      const needs = await apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/needs`, {
        schema: z.array(needLineSchema),
        signal,
      })
      return needs.filter((need) => OPEN.has(need.status))
    },
  })
}
