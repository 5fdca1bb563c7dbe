import { useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { useI18n } from '@/lib/i18n/i18n'

import { useOwnLessons } from '../api/get-own-lessons'
import { LESSON_CATEGORIES, type Lesson, type LessonCategory } from '../api/lesson-schemas'
import { useResubmitLesson } from '../api/resubmit-lesson'
import { categoryLabel, statusLabel } from './lesson-labels'

/** The tenant's own lessons and where each stands in review; a buyer edits a rejected one and submits it again. */
export function OwnLessons({ canResubmit = false }: { canResubmit?: boolean }) {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const lessons = useOwnLessons()
  const [editing, setEditing] = useState<string | null>(null)
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
              {canResubmit && lesson.status === 'REJECTED' ? (
                editing === lesson.id ? (
                  <ResubmitForm lesson={lesson} onDone={() => setEditing(null)} />
                ) : (
                  <button type="button" className="button button--secondary" onClick={() => setEditing(lesson.id)}>
                    {t('lessons.editAndResubmit')}
                  </button>
                )
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function ResubmitForm({ lesson, onDone }: { lesson: Lesson; onDone: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const resubmit = useResubmitLesson()
  const [whatWorked, setWhatWorked] = useState(lesson.whatWorked ?? '')
  const [whatToChange, setWhatToChange] = useState(lesson.whatToChange ?? '')
  const [category, setCategory] = useState<LessonCategory>(lesson.category)
  const empty = !whatWorked.trim() && !whatToChange.trim()
  return (
    <form
      className="form"
      data-testid="resubmit-lesson"
      onSubmit={(e) => {
        e.preventDefault()
        if (empty) return
        resubmit.mutate({ lessonId: lesson.id, whatWorked, whatToChange, category }, { onSuccess: onDone })
      }}
    >
      <TextAreaField id={`${id}-worked`} label={t('lessons.whatWorked')} rows={4} maxLength={4000} value={whatWorked}
        onChange={(e) => setWhatWorked(e.target.value)} />
      <TextAreaField id={`${id}-change`} label={t('lessons.whatToChange')} rows={4} maxLength={4000} value={whatToChange}
        onChange={(e) => setWhatToChange(e.target.value)} />
      <SelectField id={`${id}-category`} label={t('lessons.category')} value={category}
        onChange={(e) => setCategory(e.target.value as LessonCategory)}
        options={LESSON_CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))} />
      <p>{t('lessons.resubmitLead')}</p>
      {empty ? <p className="notice notice--warning" role="alert">{t('lessons.emptyLesson')}</p> : null}
      {resubmit.isError ? <ErrorAlert error={resubmit.error} /> : null}
      <button type="submit" className="button" disabled={resubmit.isPending || empty}>
        {t('lessons.resubmit')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('lessons.cancelEdit')}
      </button>
    </form>
  )
}
