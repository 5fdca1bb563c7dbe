import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { z } from 'zod'

import { NOTIFICATIONS_LIST_KEY, UNREAD_KEY } from './notifications'

const unreadEventSchema = z.object({ unread: z.number().int().nonnegative() })

export const NOTIFICATIONS_STREAM_PATH = '/api/notifications/stream'

/**
 * Keeps the unread count live: the server sends `unread` on connect and whenever the count
 * changes; each one also refetches the list (something arrived or was read elsewhere). The
 * browser's EventSource reconnects by itself after a drop, and the first event brings it current.
 */
export function useUnreadStream(enabled: boolean) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined
    const source = new EventSource(NOTIFICATIONS_STREAM_PATH)
    source.addEventListener('unread', (event: MessageEvent<string>) => {
      let data: unknown
      try {
        data = JSON.parse(event.data)
      } catch {
        return // not JSON: ignore, the next event brings the count
      }
      const parsed = unreadEventSchema.safeParse(data)
      if (!parsed.success) return
      queryClient.setQueryData(UNREAD_KEY, parsed.data.unread)
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_LIST_KEY })
    })
    return () => source.close()
  }, [enabled, queryClient])
}
