import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const NOTIFICATION_KINDS = [
  'QUESTION_ASKED',
  'ANSWER_PUBLISHED',
  'AMENDMENT',
  'DEADLINE_EXTENDED',
  'DEADLINE_APPROACHING',
  'MENTION',
  'AWARD_DECISION',
  'SURVEY_OPENED',
  'LESSON_REVIEWED',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value)
}

export const notificationSchema = z.object({
  id: z.string(),
  /** One of {@link NOTIFICATION_KINDS}; a kind this page does not know yet still shows. */
  kind: z.string(),
  /** Title and body come in the request's language (the page language). */
  title: z.string(),
  body: z.string(),
  procurementId: z.string().nullable(),
  procurementTitle: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
})

export const notificationsSchema = z.object({
  unread: z.number().int().nonnegative(),
  items: z.array(notificationSchema),
})

export type Notification = z.infer<typeof notificationSchema>
export type Notifications = z.infer<typeof notificationsSchema>

export const NOTIFICATIONS_LIMIT = 50

/** Everything about notifications lives under this key. */
export const NOTIFICATIONS_KEY = ['notifications'] as const
export const NOTIFICATIONS_LIST_KEY = ['notifications', 'list'] as const
/** The unread count: fed by the live stream and by every list answer, never fetched on its own. */
export const UNREAD_KEY = ['notifications', 'unread'] as const

export function getNotifications(signal?: AbortSignal): Promise<Notifications> {
  return apiRequest(`/api/notifications?limit=${NOTIFICATIONS_LIMIT}`, { schema: notificationsSchema, signal })
}

export function useNotifications(language: string) {
  const queryClient = useQueryClient()
  return useQuery(
    queryOptions({
      // titles and bodies come in the request's language: another language is another answer
      queryKey: [...NOTIFICATIONS_LIST_KEY, language],
      queryFn: async ({ signal }) => {
        const notifications = await getNotifications(signal)
        queryClient.setQueryData(UNREAD_KEY, notifications.unread)
        return notifications
      },
      staleTime: 0,
    }),
  )
}

/** The number of unread notifications as last reported, or undefined before the first report. */
export function useUnreadCount(): number | undefined {
  return useQuery<number>({ queryKey: UNREAD_KEY, queryFn: skipToken, staleTime: Infinity }).data
}

/** The list with one notification (or, for null, all of them) read. */
function markedRead(data: Notifications | undefined, id: string | null): Notifications | undefined {
  if (!data) return data
  const wasUnread = data.items.some((n) => !n.read && (id === null || n.id === id))
  const items = data.items.map((n) => (n.read || (id !== null && n.id !== id) ? n : { ...n, read: true }))
  return { items, unread: id === null ? 0 : Math.max(0, data.unread - (wasUnread ? 1 : 0)) }
}

/**
 * Shows the notification (or all, for null) read at once and the count lowered, then refetches;
 * the live stream confirms the count.
 */
function useMarkReadMutation(mutationFn: (id: string | null) => Promise<unknown>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (_, id) => {
      let unread: number | undefined
      for (const [key, data] of queryClient.getQueriesData<Notifications>({ queryKey: NOTIFICATIONS_LIST_KEY })) {
        const updated = markedRead(data, id)
        queryClient.setQueryData(key, updated)
        unread ??= updated?.unread
      }
      if (id === null) unread = 0
      if (unread !== undefined) queryClient.setQueryData(UNREAD_KEY, unread)
      return queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_LIST_KEY })
    },
  })
}

export function markNotificationRead(id: string): Promise<unknown> {
  return apiRequest(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST', schema: z.unknown() })
}

export function markAllNotificationsRead(): Promise<unknown> {
  return apiRequest('/api/notifications/read-all', { method: 'POST', schema: z.unknown() })
}

export function useMarkRead() {
  return useMarkReadMutation((id) => (id === null ? markAllNotificationsRead() : markNotificationRead(id)))
}

export function useMarkAllRead() {
  return useMarkReadMutation(markAllNotificationsRead)
}
