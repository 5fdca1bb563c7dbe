import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

import { useActivity } from '../api/get-activity'

export function RecentActivity() {
  const { t, formatDateTime, language } = useI18n()
  const activity = useActivity(language)
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
          {activity.data.map((event) => (
              <li key={event.eventId} className="activity-list__item">
                <p className="activity-list__summary">
                  <span className="activity-list__type">
                    {event.what}
                    {event.summary ? ': ' : ''}
                  </span>
                  {event.summary}
                </p>
                <p className="activity-list__meta">
                  {event.actorName ?? t('activity.system')}
                  {' · '}
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                </p>
              </li>
          ))}
        </ol>
      )}
    </section>
  )
}
