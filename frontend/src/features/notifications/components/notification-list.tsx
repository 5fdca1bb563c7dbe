import { useId, useRef, useState } from 'react'
import { Link } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

import { type Notification, useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications'
import { newestFirst, notificationHref } from '../lib'

export function NotificationList() {
  const { t, language } = useI18n()
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const notifications = useNotifications(language)
  const markAll = useMarkAllRead()
  const [status, setStatus] = useState<string | null>(null)

  let content
  if (notifications.isPending) content = <Loading />
  else if (notifications.isError) content = <ErrorAlert error={notifications.error} title={t('notifications.loadFailed')} />
  else if (notifications.data.items.length === 0)
    content = <EmptyState title={t('notifications.none')}>{t('notifications.noneBody')}</EmptyState>
  else {
    const unread = notifications.data.items.filter((n) => !n.read).length
    content = (
      <>
        <div className="notifications__toolbar">
          <p className="notifications__summary">{t('notifications.unreadSummary', { count: notifications.data.unread })}</p>
          {unread > 0 ? (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={markAll.isPending}
              onClick={() => {
                setStatus(null)
                markAll.mutate(null, {
                  onSuccess: () => {
                    setStatus(t('notifications.markedAllRead'))
                    // the button goes away: keep the keyboard where it was
                    heading.current?.focus()
                  },
                })
              }}
            >
              {t('notifications.markAllRead')}
            </button>
          ) : null}
        </div>
        {markAll.isError ? <ErrorAlert error={markAll.error} title={t('notifications.markFailed')} /> : null}
        <ul className="notifications" data-testid="notifications">
          {newestFirst(notifications.data.items).map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </ul>
      </>
    )
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('notifications.listHeading')}
      </h2>
      <LiveStatus message={status} />
      {content}
    </section>
  )
}

function NotificationItem({ notification: n }: { notification: Notification }) {
  const { t, formatDateTime } = useI18n()
  const item = useRef<HTMLLIElement>(null)
  const markRead = useMarkRead()
  const href = notificationHref(n)
  const titleId = `${useId()}-title`
  const markAsRead = () => {
    if (!n.read) markRead.mutate(n.id)
  }
  return (
    <li
      ref={item}
      tabIndex={-1}
      className={n.read ? 'notification' : 'notification notification--unread'}
      aria-labelledby={titleId}
      data-testid="notification"
    >
      <div className="notification__meta">
        {n.read ? null : <span className="tag tag--strong notification__unread">{t('notifications.unread')}</span>}
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
      </div>
      <h3 className="notification__title" id={titleId}>
        {n.title}
      </h3>
      {n.body ? <p className="notification__body">{n.body}</p> : null}
      <NotificationLinks notification={n} href={href} onFollow={markAsRead} />
      {n.read ? null : (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={markRead.isPending}
          onClick={() =>
            markRead.mutate(n.id, {
              // the button goes away: keep the keyboard on the notification
              onSuccess: () => item.current?.focus(),
            })
          }
        >
          {t('notifications.markRead')}
          <span className="visually-hidden">: {n.title}</span>
        </button>
      )}
      {markRead.isError ? <ErrorAlert error={markRead.error} title={t('notifications.markFailed')} /> : null}
    </li>
  )
}

/** The procurement it is about, and where to act on it; following a link marks the notification read. */
function NotificationLinks({ notification: n, href, onFollow }: { notification: Notification; href: string | null; onFollow: () => void }) {
  const { t } = useI18n()
  const lessons = n.kind === 'LESSON_REVIEWED'
  return (
    <>
      {n.procurementTitle ? (
        <p className="notification__procurement">
          {t('notifications.procurement')}{' '}
          {href && !lessons ? (
            <Link to={href} onClick={onFollow}>
              {n.procurementTitle}
            </Link>
          ) : (
            n.procurementTitle
          )}
        </p>
      ) : null}
      {href && (lessons || !n.procurementTitle) ? (
        <p className="notification__procurement">
          <Link to={href} onClick={onFollow}>
            {lessons ? t('notifications.toLessons') : t('notifications.toProcurement')}
          </Link>
        </p>
      ) : null}
    </>
  )
}
