import type { Notification } from './api/notifications'

/**
 * Where a notification leads: the procurement (the same path serves the team's workspace and the
 * vendor's view of it; a question opens the questions tab), or for a reviewed lesson the lessons
 * page, where lessons are written and their verdicts shown. Null when there is nowhere to go.
 */
export function notificationHref(n: Pick<Notification, 'kind' | 'procurementId'>): string | null {
  if (n.kind === 'LESSON_REVIEWED') return '/erfarenheter'
  if (!n.procurementId) return null
  const procurement = `/upphandlingar/${encodeURIComponent(n.procurementId)}`
  return n.kind === 'QUESTION_ASKED' ? `${procurement}?flik=fragor` : procurement
}

/** Newest first, whatever order the server sent. */
export function newestFirst(items: readonly Notification[]): Notification[] {
  return [...items].sort((a, b) => (Date.parse(b.createdAt) || 0) - (Date.parse(a.createdAt) || 0))
}
