import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts'

import { ChartWithTable } from '@/components/chart-with-table'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { RadioGroup } from '@/components/radio-group'
import { TextAreaField } from '@/components/text-area-field'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import { useAnswerSurvey } from '../api/answer-survey'
import { type FollowUp, SURVEY_QUESTIONS, type SurveyQuestion } from '../api/get-follow-up'
import { SURVEY_ANCHOR } from './survey-anchor'

const RATINGS = ['1', '2', '3', '4', '5'] as const
const COLOURS = ['#b42318', '#e8833a', '#c9b037', '#6aa84f', '#1d5f8a']
const questionKey = (q: SurveyQuestion) => `outcomes.survey.${q}` as MessageKey

/** The satisfaction survey: everyone in the tenant answers once (and may change it until closing); all see the distribution. */
export function SurveySection({ followUp }: { followUp: FollowUp }) {
  const { t, formatNumber } = useI18n()
  const id = useId()
  const survey = followUp.survey
  const heading = useRef<HTMLHeadingElement>(null)
  const { hash } = useLocation()
  const present = survey !== null
  useEffect(() => {
    // a link within the app does not scroll to a fragment by itself
    if (present && hash === `#${SURVEY_ANCHOR}` && heading.current) {
      heading.current.scrollIntoView?.({ block: 'start' })
      heading.current.focus({ preventScroll: true })
    }
  }, [present, hash])
  if (!survey) return null
  return (
    <section className="panel" id={SURVEY_ANCHOR} aria-labelledby={`${id}-heading`} data-testid="survey-section">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('outcomes.surveyHeading')}
      </h2>
      <p data-testid="survey-responses">{t('outcomes.responses', { count: survey.responses })}</p>
      {survey.responses > 0 ? (
        <ChartWithTable
          title={t('outcomes.distribution')}
          testId="survey-chart"
          table={{
            columns: [t('outcomes.question'), ...RATINGS.map((r) => t('outcomes.ratingColumn', { rating: r })), t('outcomes.average')],
            rows: SURVEY_QUESTIONS.map((q) => [
              t(questionKey(q)),
              ...survey.distribution[q].map(String),
              survey.averages[q] === undefined ? '–' : formatNumber(survey.averages[q]!),
            ]),
          }}
          chart={
            <BarChart width={640} height={260} layout="vertical"
              data={SURVEY_QUESTIONS.map((q) => ({ name: t(questionKey(q)), ...Object.fromEntries(survey.distribution[q].map((n, i) => [RATINGS[i], n])) }))}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={200} />
              <Legend />
              {RATINGS.map((r, i) => (
                <Bar key={r} dataKey={r} stackId="answers" fill={COLOURS[i]} />
              ))}
            </BarChart>
          }
        />
      ) : null}
      {survey.comments.length > 0 ? (
        <details>
          <summary>{t('outcomes.comments', { count: survey.comments.length })}</summary>
          <ul>
            {survey.comments.map((comment, i) => (
              <li key={i}>{comment}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {followUp.status === 'OPEN' ? <SurveyForm followUp={followUp} /> : <p>{t('outcomes.surveyClosed')}</p>}
    </section>
  )
}

function SurveyForm({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n()
  const id = useId()
  const mine = followUp.survey?.mine ?? null
  const answer = useAnswerSurvey(followUp.procurementId, mine === null)
  const [ratings, setRatings] = useState<Partial<Record<SurveyQuestion, string>>>(
    mine ? Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, String(mine.ratings[q])])) : {},
  )
  const [comment, setComment] = useState(mine?.comment ?? '')
  const [missing, setMissing] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (SURVEY_QUESTIONS.some((q) => !ratings[q])) {
      setMissing(true)
      return
    }
    setMissing(false)
    answer.mutate(
      {
        ratings: Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, Number(ratings[q])])) as Record<SurveyQuestion, number>,
        comment: comment.trim() || null,
      },
      { onSuccess: () => setStatus(t('outcomes.answered')) },
    )
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t('outcomes.surveyForm')} data-testid="survey-form">
      <h3>{mine ? t('outcomes.changeAnswer') : t('outcomes.yourAnswer')}</h3>
      <p className="card__meta">{t('outcomes.scale')}</p>
      <LiveStatus message={status} />
      {SURVEY_QUESTIONS.map((q) => (
        <RadioGroup key={q} id={`${id}-${q}`} legend={t(questionKey(q))} inline value={(ratings[q] ?? '') as '1'}
          options={RATINGS.map((r) => ({ value: r, label: r }))} onChange={(v) => setRatings({ ...ratings, [q]: v })}
          error={missing && !ratings[q] ? t('outcomes.answerEvery') : undefined} />
      ))}
      <TextAreaField id={`${id}-comment`} label={t('outcomes.comment')} rows={3} maxLength={2000} value={comment}
        onChange={(e) => setComment(e.target.value)} />
      {answer.isError ? <ErrorAlert error={answer.error} /> : null}
      <button type="submit" className="button" disabled={answer.isPending}>
        {mine ? t('outcomes.saveChange') : t('outcomes.send')}
      </button>
    </form>
  )
}
