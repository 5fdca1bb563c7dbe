import { useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { useI18n } from '@/lib/i18n/i18n'
import { isPhase, PHASE_LABELS } from '@/lib/phases'

import { useReviewQueue } from '../api/get-review-queue'
import { type Lesson, LESSON_CATEGORIES, type LessonCategory } from '../api/lesson-schemas'
import { useReviewLesson } from '../api/review-lesson'
import { categoryLabel, statusLabel } from './lesson-labels'

/** Association staff's review queue: never shows which huvudman or person wrote a lesson. */
export function ReviewQueue() {
  const { t } = useI18n()
  const id = useId()
  const queue = useReviewQueue()
  const waiting = queue.data?.filter((l) => l.status === 'SUBMITTED') ?? []
  const decided = queue.data?.filter((l) => l.status !== 'SUBMITTED') ?? []
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="review-queue">
      <h2 id={`${id}-heading`}>{t('lessons.reviewHeading', { count: waiting.length })}</h2>
      <p className="panel__lead">{t('lessons.reviewLead')}</p>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorAlert error={queue.error} />
      ) : waiting.length === 0 ? (
        <p>{t('lessons.queueEmpty')}</p>
      ) : (
        <ol className="requirements-list">
          {waiting.map((lesson) => (
            <li key={lesson.id}>
              <ReviewItem lesson={lesson} />
            </li>
          ))}
        </ol>
      )}
      {decided.length > 0 ? (
        <details>
          <summary>{t('lessons.decided', { count: decided.length })}</summary>
          <ul>
            {decided.map((lesson) => (
              <li key={lesson.id}>
                {t(statusLabel(lesson.status))} · {t(categoryLabel(lesson.category))} · {(lesson.whatWorked ?? lesson.whatToChange ?? '').slice(0, 120)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}

function ReviewItem({ lesson }: { lesson: Lesson }) {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const review = useReviewLesson(lesson.id)
  const [whatWorked, setWhatWorked] = useState(lesson.whatWorked ?? '')
  const [whatToChange, setWhatToChange] = useState(lesson.whatToChange ?? '')
  const [category, setCategory] = useState<LessonCategory>(lesson.category)
  const [reason, setReason] = useState('')
  const edited = whatWorked !== (lesson.whatWorked ?? '') || whatToChange !== (lesson.whatToChange ?? '') || category !== lesson.category
  const approve = () => {
    // an edit is saved before the approval, so what is approved is what the reviewer sees
    if (edited) review.mutate({ kind: 'revise', whatWorked, whatToChange, category }, { onSuccess: () => review.mutate({ kind: 'approve' }) })
    else review.mutate({ kind: 'approve' })
  }
  return (
    <article className="requirement-card" data-testid="review-item">
      <p className="card__meta">
        {isPhase(lesson.phase) ? t(PHASE_LABELS[lesson.phase]) : lesson.phase} · {t('lessons.submittedAt', { at: formatDateTime(lesson.submittedAt) })}
      </p>
      <TextAreaField id={`${id}-worked`} label={t('lessons.whatWorked')} rows={3} maxLength={4000} value={whatWorked}
        onChange={(e) => setWhatWorked(e.target.value)} />
      <TextAreaField id={`${id}-change`} label={t('lessons.whatToChange')} rows={3} maxLength={4000} value={whatToChange}
        onChange={(e) => setWhatToChange(e.target.value)} />
      <SelectField id={`${id}-category`} label={t('lessons.category')} value={category} onChange={(e) => setCategory(e.target.value as LessonCategory)}
        options={LESSON_CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))} />
      {review.isError ? <ErrorAlert error={review.error} /> : null}
      <div className="button-row">
        <button type="button" className="button" disabled={review.isPending} onClick={approve}>
          {edited ? t('lessons.saveAndApprove') : t('lessons.approve')}
        </button>
        {edited ? (
          <button type="button" className="button button--secondary" disabled={review.isPending}
            onClick={() => review.mutate({ kind: 'revise', whatWorked, whatToChange, category })}>
            {t('lessons.saveEdit')}
          </button>
        ) : null}
      </div>
      <div className="form form--inline">
        <TextField id={`${id}-reason`} label={t('lessons.rejectReason')} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="button" className="button button--secondary" disabled={review.isPending || !reason.trim()}
          onClick={() => review.mutate({ kind: 'reject', reason: reason.trim() })}>
          {t('lessons.reject')}
        </button>
      </div>
    </article>
  )
}
