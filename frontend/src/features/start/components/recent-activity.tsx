import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import { useActivity } from '../api/get-activity'

/** Event types the feed can name; others are shown by their summary alone. */
const TYPE_LABELS: Record<string, MessageKey> = {
  TenantRegisteredEvent: 'activity.type.TenantRegisteredEvent',
  MemberAddedEvent: 'activity.type.MemberAddedEvent',
  MemberRolesChangedEvent: 'activity.type.MemberRolesChangedEvent',
  MemberIdentityLinkedEvent: 'activity.type.MemberIdentityLinkedEvent',
}

export function RecentActivity() {
  const { t, formatDateTime } = useI18n()
  const activity = useActivity()
  return (
    <section className="panel" aria-labelledby="recent-activity-heading">
      <h2 id="recent-activity-heading">{t('activity.heading')}</h2>
      {activity.isPending ? (
        <Loading />
      ) : activity.isError ? (
        <ErrorAlert error={activity.error} />
      ) : activity.data.length === 0 ? (
        <EmptyState title={t('activity.emptyTitle')}>
          <p>{t('activity.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ol className="activity-list" data-testid="recent-activity">
          {activity.data.map((event) => {
            const typeLabel = TYPE_LABELS[event.type]
            return (
              <li key={event.eventId} className="activity-list__item">
                <p className="activity-list__summary">
                  {typeLabel ? <span className="activity-list__type">{t(typeLabel)}: </span> : null}
                  {event.summary}
                </p>
                <p className="activity-list__meta">
                  {event.actorName ?? t('activity.system')}
                  {' · '}
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                </p>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
