import { useEffect, useSyncExternalStore } from 'react'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const presentPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The id of the need or requirement the person is editing, or null. */
  editing: z.string().nullable(),
})
export const presenceSchema = z.object({ people: z.array(presentPersonSchema) })

export type PresentPerson = z.infer<typeof presentPersonSchema>

const NOBODY: readonly PresentPerson[] = []
const people = new Map<string, readonly PresentPerson[]>()
const listeners = new Set<() => void>()

/** Called by the live stream with each `presence` event of a procurement. */
export function publishPresence(procurementId: string, data: unknown) {
  const parsed = presenceSchema.safeParse(data)
  if (!parsed.success) return // a malformed event must not break the workspace
  people.set(procurementId, parsed.data.people)
  listeners.forEach((listener) => listener())
}

/** Forgets a procurement's presence when its stream closes. */
export function clearPresence(procurementId: string) {
  if (people.delete(procurementId)) listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Who has the workspace open now (including the caller), as the live stream last reported. */
export function usePresence(procurementId: string): readonly PresentPerson[] {
  return useSyncExternalStore(subscribe, () => people.get(procurementId) ?? NOBODY)
}

export function reportEditing(procurementId: string, itemId: string | null): Promise<unknown> {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/presence`, {
    method: 'PUT',
    body: { editing: itemId },
    schema: z.unknown(),
  })
}

/**
 * Tells the others what this person is editing while `itemId` is set (an open editor), and
 * that they stopped when it is cleared or the editor goes away. Presence is a courtesy:
 * failures are ignored.
 */
export function useReportEditing(procurementId: string, itemId: string | null) {
  useEffect(() => {
    if (!procurementId || !itemId) return undefined
    reportEditing(procurementId, itemId).catch(() => undefined)
    return () => {
      reportEditing(procurementId, null).catch(() => undefined)
    }
  }, [procurementId, itemId])
}
