import { useDeferredValue, useId, useState } from 'react'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { isPhase, PHASE_LABELS } from '@/lib/phases'

import { usePublishedLessons } from '../api/get-published-lessons'
import { LESSON_CATEGORIES } from '../api/lesson-schemas'
import { categoryLabel } from './lesson-labels'

/** Lessons that association staff approved, from every huvudman, anonymised: search and filter by category. */
export function PublishedLessons() {
  const { t, formatDate } = useI18n()
  const id = useId()
  const [q, setQ] = useState('')
  const [category, setCategory] = useState('')
  const query = useDeferredValue(q)
  const lessons = usePublishedLessons(query, category)
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="published-lessons">
      <h2 id={`${id}-heading`}>{t('lessons.publishedHeading')}</h2>
      <div className="form form--inline" role="search">
        <TextField id={`${id}-q`} label={t('lessons.search')} type="search" maxLength={200} value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField id={`${id}-category`} label={t('lessons.category')} value={category} onChange={(e) => setCategory(e.target.value)}
          options={[{ value: '', label: t('lessons.allCategories') }, ...LESSON_CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))]} />
      </div>
      {lessons.isPending ? (
        <Loading />
      ) : lessons.isError ? (
        <ErrorAlert error={lessons.error} />
      ) : lessons.data.length === 0 ? (
        <EmptyState title={t('lessons.nonePublished')} />
      ) : (
        <ol className="requirements-list" aria-live="polite">
          {lessons.data.map((lesson) => (
            <li key={lesson.id} className="requirement-card" data-testid="published-lesson">
              <p className="card__tags">
                <span className="tag">{t(categoryLabel(lesson.category))}</span>{' '}
                <span className="tag">{isPhase(lesson.phase) ? t(PHASE_LABELS[lesson.phase]) : t(lesson.phase as MessageKey)}</span>
              </p>
              {lesson.whatWorked ? (
                <p>
                  <strong>{t('lessons.whatWorked')}:</strong> {lesson.whatWorked}
                </p>
              ) : null}
              {lesson.whatToChange ? (
                <p>
                  <strong>{t('lessons.whatToChange')}:</strong> {lesson.whatToChange}
                </p>
              ) : null}
              <p className="card__meta">{t('lessons.approvedOn', { date: formatDate(lesson.approvedOn) })}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
