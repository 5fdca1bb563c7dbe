import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

import { clearPresence, publishPresence } from './presence'

/**
 * Keeps an open workspace current: listens to the server's live stream of the procurement and
 * refetches the workspace's queries when anything in it changes. The browser's EventSource
 * reconnects by itself and resumes with Last-Event-ID, so no change is lost after a drop; on
 * `ready` everything is refetched once, covering changes made before the stream was open.
 * `presence` events feed {@link usePresence}. `revoked` means the person lost access (taken off
 * the team, a role changed): the stream is closed for good and the queries refetched, so the page
 * shows what the server now answers (the procurement is not found) instead of going stale.
 */
export function useWorkspaceLiveUpdates(procurementId: string) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!procurementId || typeof EventSource === 'undefined') return undefined
    const source = new EventSource(`/api/procurements/${encodeURIComponent(procurementId)}/stream`)
    // every query about this procurement (its header, needs, requirements …) and the lists
    const refresh = () => {
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'procurements' || query.queryKey.includes(procurementId),
      })
    }
    source.addEventListener('ready', refresh)
    source.addEventListener('change', refresh)
    source.addEventListener('presence', (event: MessageEvent<string>) => {
      try {
        publishPresence(procurementId, JSON.parse(event.data))
      } catch {
        // not JSON: ignore, the next presence event replaces it
      }
    })
    source.addEventListener('revoked', () => {
      source.close()
      clearPresence(procurementId)
      refresh()
    })
    return () => {
      source.close()
      clearPresence(procurementId)
    }
  }, [procurementId, queryClient])
}
