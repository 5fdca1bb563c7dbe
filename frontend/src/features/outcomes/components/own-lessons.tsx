import { useId } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

import { useOwnLessons } from '../api/get-own-lessons'
import { categoryLabel, statusLabel } from './lesson-labels'

/** The tenant's own lessons and where each stands in review. */
export function OwnLessons() {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const lessons = useOwnLessons()
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="own-lessons">
      <h2 id={`${id}-heading`}>{t('lessons.ownHeading')}</h2>
      {lessons.isPending ? (
        <Loading />
      ) : lessons.isError ? (
        <ErrorAlert error={lessons.error} />
      ) : lessons.data.length === 0 ? (
        <p>{t('lessons.noneOwn')}</p>
      ) : (
        <ol className="requirements-list">
          {lessons.data.map((lesson) => (
            <li key={lesson.id} className="requirement-card" data-testid="own-lesson">
              <p className="card__tags">
                <span className="tag">{t(categoryLabel(lesson.category))}</span>{' '}
                <span className={`tag ${lesson.status === 'APPROVED' ? 'tag--strong' : ''}`}>{t(statusLabel(lesson.status))}</span>
              </p>
              {lesson.whatWorked ? <p>{lesson.whatWorked}</p> : null}
              {lesson.whatToChange ? <p>{lesson.whatToChange}</p> : null}
              {lesson.rejectionReason ? (
                <p className="notice notice--warning">{t('lessons.rejectedBecause', { reason: lesson.rejectionReason })}</p>
              ) : null}
              <p className="card__meta">{t('lessons.submittedAt', { at: formatDateTime(lesson.submittedAt) })}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
