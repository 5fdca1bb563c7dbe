import { type FormEvent, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { useI18n } from '@/lib/i18n/i18n'
import { PHASE_LABELS, PHASES } from '@/lib/phases'

import { LESSON_CATEGORIES, type LessonCategory } from '../api/lesson-schemas'
import { type Anonymised, usePreviewLesson } from '../api/preview-lesson'
import { useSubmitLesson } from '../api/submit-lesson'
import { AnonymisedPreview } from './anonymised-preview'
import { categoryLabel } from './lesson-labels'

/**
 * A buyer writes a lesson, sees what anonymisation would remove (marked) without losing their own
 * text (they may take the anonymised text into the fields to edit it), and submits it for review.
 * The server anonymises again on submission.
 */
export function LessonForm() {
  const { t } = useI18n()
  const id = useId()
  const preview = usePreviewLesson()
  const submit = useSubmitLesson()
  const [whatWorked, setWhatWorked] = useState('')
  const [whatToChange, setWhatToChange] = useState('')
  const [category, setCategory] = useState<LessonCategory | ''>('')
  const [phase, setPhase] = useState('')
  const [previewed, setPreviewed] = useState<{ whatWorked: Anonymised; whatToChange: Anonymised } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  const check = () => {
    if (!whatWorked.trim() && !whatToChange.trim()) return t('lessons.emptyLesson')
    if (!category || !phase) return t('lessons.chooseCategoryAndPhase')
    return null
  }
  const onPreview = (e: FormEvent) => {
    e.preventDefault()
    const missing = check()
    setProblem(missing)
    if (missing) return
    preview.mutate(
      { whatWorked, whatToChange },
      {
        // the writer's own text stays as written; taking the anonymised one is their choice
        onSuccess: (result) => setPreviewed(result),
      },
    )
  }
  const onSubmit = () => {
    const missing = check()
    setProblem(missing)
    if (missing || !category) return
    submit.mutate(
      { whatWorked, whatToChange, category, phase, procurementId: null },
      {
        onSuccess: () => {
          setStatus(t('lessons.submitted'))
          setWhatWorked('')
          setWhatToChange('')
          setPreviewed(null)
        },
      },
    )
  }
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="lesson-form">
      <h2 id={`${id}-heading`}>{t('lessons.writeHeading')}</h2>
      <p className="panel__lead">{t('lessons.writeLead')}</p>
      <LiveStatus message={status} />
      <form className="form" onSubmit={onPreview}>
        <TextAreaField id={`${id}-worked`} label={t('lessons.whatWorked')} rows={4} maxLength={4000} value={whatWorked}
          onChange={(e) => { setWhatWorked(e.target.value); setPreviewed(null) }} />
        <TextAreaField id={`${id}-change`} label={t('lessons.whatToChange')} rows={4} maxLength={4000} value={whatToChange}
          onChange={(e) => { setWhatToChange(e.target.value); setPreviewed(null) }} />
        <SelectField id={`${id}-category`} label={t('lessons.category')} value={category}
          onChange={(e) => setCategory(e.target.value as LessonCategory)}
          options={[{ value: '', label: t('lessons.choose') }, ...LESSON_CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))]} />
        <SelectField id={`${id}-phase`} label={t('lessons.phase')} value={phase} onChange={(e) => setPhase(e.target.value)}
          options={[{ value: '', label: t('lessons.choose') }, ...PHASES.map((p) => ({ value: p, label: t(PHASE_LABELS[p]) }))]} />
        {problem ? <p className="notice notice--warning" role="alert">{problem}</p> : null}
        {preview.isError ? <ErrorAlert error={preview.error} /> : null}
        <button type="submit" className="button button--secondary" disabled={preview.isPending}>
          {t('lessons.preview')}
        </button>
      </form>
      {previewed ? (
        <>
          <h3>{t('lessons.previewHeading')}</h3>
          <p>{t('lessons.previewLead')}</p>
          {previewed.whatWorked.text ? <AnonymisedPreview anonymised={previewed.whatWorked} label={t('lessons.whatWorked')} /> : null}
          {previewed.whatToChange.text ? <AnonymisedPreview anonymised={previewed.whatToChange} label={t('lessons.whatToChange')} /> : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setWhatWorked(previewed.whatWorked.text)
              setWhatToChange(previewed.whatToChange.text)
            }}
          >
            {t('lessons.useAnonymised')}
          </button>{' '}
          {submit.isError ? <ErrorAlert error={submit.error} /> : null}
          <button type="button" className="button" disabled={submit.isPending} onClick={onSubmit}>
            {t('lessons.submit')}
          </button>
        </>
      ) : null}
    </section>
  )
}
