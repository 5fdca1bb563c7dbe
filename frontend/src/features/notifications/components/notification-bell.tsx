import { NavLink } from 'react-router'

import { useI18n } from '@/lib/i18n/i18n'

import { useUnreadCount } from '../api/notifications'
import { useUnreadStream } from '../api/use-unread-stream'
import { NOTIFICATIONS_PATH } from '../routes'

/**
 * The way to the notifications page, in the header for every logged-in person. Its name says
 * how many are unread ("Aviseringar, 3 olästa"); the badge shows the same to the eye. The count
 * comes from the live stream, which this bell keeps open for the whole session.
 */
export function NotificationBell() {
  const { t, formatNumber } = useI18n()
  useUnreadStream(true)
  const unread = useUnreadCount() ?? 0
  return (
    <NavLink
      to={NOTIFICATIONS_PATH}
      className="notification-bell"
      aria-label={t('notifications.bell', { count: unread })}
      data-testid="notification-bell"
    >
      <svg className="notification-bell__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 ? (
        <span className="notification-bell__count" aria-hidden="true" data-testid="notification-count">
          {unread > 99 ? '99+' : formatNumber(unread)}
        </span>
      ) : null}
    </NavLink>
  )
}
