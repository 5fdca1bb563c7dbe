import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

import { useConfirmation } from '@/components/confirm-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { ExcelLink } from '@/components/excel-link'
import { HistoryDialog } from '@/components/history-dialog'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { downloadCsv, fileName } from '@/lib/csv'
import { publishedQuestionsCsv } from '@/lib/qa-csv'
import { hasRole } from '@/lib/auth/roles'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import { type AnswerConflict, answerConflictOf, useEditAnswer } from '../api/edit-answer'
import { useQuestionHistory } from '../api/get-question-history'
import { type Question, useQuestions } from '../api/get-questions'
import { identityFindingsOf, type IdentityFinding, usePublishAnswer } from '../api/publish-answer'
import { useStartClarification } from '../api/start-clarification'

export interface QuestionsPanelProps {
  procurementId: string
  procurementTitle?: string
  /** Composed in by the app: e.g. the attachments of each question's answer. */
  itemExtras?: (questionId: string) => ReactNode
}

/** The team's side of questions and answers: draft together, then publish to every invited vendor at once. */
export function QuestionsPanel({ procurementId, procurementTitle, itemExtras }: QuestionsPanelProps) {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const isBuyer = hasRole(useCurrentPerson(), 'BUYER')
  const questions = useQuestions(procurementId)
  const clarify = useStartClarification(procurementId)
  const [topic, setTopic] = useState('')
  const [status, setStatus] = useState<string | null>(null)
  const open = questions.data?.filter((q) => !q.publishedAt).length ?? 0
  const published = (questions.data?.length ?? 0) - open

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="questions-panel">
      <div className="panel__header">
        <h2 id={`${id}-heading`}>{t('tendering.tab.questions')}</h2>
        <div className="button-row">
          {published > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                downloadCsv(fileName(procurementTitle ?? '', 'fragor-och-svar'), publishedQuestionsCsv(questions.data ?? [], t, formatDateTime))
              }
            >
              {t('tendering.export')}
            </button>
          ) : null}
          {(questions.data?.length ?? 0) > 0 ? (
            <ExcelLink href={`/api/procurements/${encodeURIComponent(procurementId)}/questions.xlsx`} />
          ) : null}
        </div>
      </div>
      <p className="panel__lead">{t('tendering.questionsLead')}</p>
      <LiveStatus message={status} />
      {open > 0 ? <p className="notice notice--warning">{t('tendering.unanswered', { count: open })}</p> : null}
      {questions.isPending ? (
        <Loading />
      ) : questions.isError ? (
        <ErrorAlert error={questions.error} />
      ) : questions.data.length === 0 ? (
        <p>{t('tendering.noQuestions')}</p>
      ) : (
        <ol className="requirements-list">
          {questions.data.map((q) => (
            <li key={q.id}>
              <QuestionCard
                key={q.id}
                procurementId={procurementId}
                question={q}
                canPublish={isBuyer}
                onStatus={setStatus}
                extras={itemExtras?.(q.id)}
              />
            </li>
          ))}
        </ol>
      )}
      {isBuyer ? (
        <form
          className="form form--inline"
          onSubmit={(e) => {
            e.preventDefault()
            if (topic.trim()) clarify.mutate(topic.trim(), { onSuccess: () => setTopic('') })
          }}
        >
          <TextField id={`${id}-topic`} label={t('tendering.clarify')} value={topic} maxLength={4000} onChange={(e) => setTopic(e.target.value)} />
          <button type="submit" className="button button--secondary" disabled={clarify.isPending}>
            {t('tendering.clarifyStart')}
          </button>
        </form>
      ) : null}
    </section>
  )
}

function QuestionCard({
  procurementId,
  question,
  canPublish,
  onStatus,
  extras,
}: {
  procurementId: string
  question: Question
  canPublish: boolean
  onStatus: (m: string) => void
  extras?: ReactNode
}) {
  const { t, formatDate, formatDateTime } = useI18n()
  const id = useId()
  const edit = useEditAnswer(procurementId)
  const publish = usePublishAnswer(procurementId)
  const { ask, dialog } = useConfirmation()
  const [wording, setWording] = useState(question.question)
  const [answer, setAnswer] = useState(question.answer ?? '')
  /** Someone else changed a field while this person wrote: nothing was stored; they choose per field. */
  const [conflict, setConflict] = useState<AnswerConflict | null>(null)
  /** The version this person's text starts from: an edit by someone else after it is a conflict, never overwritten. */
  const [base, setBase] = useState(question.version)
  const published = question.publishedAt !== null
  const [showHistory, setShowHistory] = useState(false)

  const changes = () => {
    const c: { question?: string; answer?: string } = {}
    const seen = conflict?.current ?? question
    if (wording.trim() !== seen.question || conflict?.fields.some((f) => f.field === 'question')) c.question = wording.trim()
    if (answer.trim() !== (seen.answer ?? '') || conflict?.fields.some((f) => f.field === 'answer')) c.answer = answer.trim()
    return c
  }
  const saveThen = (then?: () => void) => {
    const c = changes()
    if (Object.keys(c).length === 0) return then ? then() : onStatus(t('requirements.nothingChanged'))
    edit.mutate(
      { id: question.id, baseVersion: conflict?.current?.version ?? base, changes: c },
      {
        onSuccess: (saved) => {
          setBase(saved.version)
          setConflict(null)
          if (then) then()
          else onStatus(t('tendering.answerSaved'))
        },
        onError: (error) => setConflict(answerConflictOf(error)),
      },
    )
  }
  const takeTheirs = (field: 'question' | 'answer', value: string) => {
    if (field === 'question') setWording(value)
    else setAnswer(value)
    const rest = conflict ? conflict.fields.filter((f) => f.field !== field) : []
    if (rest.length === 0) {
      // all settled in favour of theirs: carry on from the current version
      if (conflict?.current) setBase(conflict.current.version)
      setConflict(null)
    } else {
      setConflict(conflict && { ...conflict, fields: rest })
    }
  }

  // the inbox on "Frågor & svar" links here with #fraga-<id>: bring that question into view once it is drawn
  const card = useRef<HTMLElement>(null)
  useEffect(() => {
    if (window.location.hash === `#fraga-${question.id}`) card.current?.scrollIntoView?.({ block: 'start' })
  }, [question.id])

  return (
    <article ref={card} id={`fraga-${question.id}`} className="requirement-card" data-testid="team-question">
      <p className="card__meta">
        {question.askedBy ? t('tendering.askedBy', { name: question.askedBy.vendorName }) : t('tendering.clarificationBy')} ·{' '}
        {formatDateTime(question.askedAt)} ·{' '}
        <button type="button" className="button button--link" onClick={() => setShowHistory(true)}>
          {t('tendering.history')}
        </button>
      </p>
      {showHistory ? <QuestionHistoryDialog procurementId={procurementId} question={question} onClose={() => setShowHistory(false)} /> : null}
      {question.needsAnswerSoon && question.answersDueBy ? (
        <p className="presence-badge">{t('tendering.answerSoon', { date: formatDate(question.answersDueBy) })}</p>
      ) : null}
      {published ? (
        <>
          <p>
            <strong>{question.question}</strong>
          </p>
          <p>{question.answer}</p>
          <p className="card__meta">
            {t('tendering.publishedAt', { at: formatDateTime(question.publishedAt!) })}
            {question.late ? ` · ${t('tendering.late')}` : ''}
          </p>
        </>
      ) : (
        <>
          {question.askedBy ? (
            <p className="card__meta">
              {t('tendering.original')}: {question.originalText}
            </p>
          ) : null}
          <TextAreaField id={`${id}-q`} label={t('tendering.questionToPublish')} rows={2} value={wording} onChange={(e) => setWording(e.target.value)} />
          <TextAreaField id={`${id}-a`} label={t('tendering.answer')} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          {conflict ? (
            conflict.fields.map((f) => (
              <div key={f.field} className="notice notice--warning" data-testid="answer-conflict">
                <p>{t('tendering.conflict', { name: f.changedBy })}</p>
                <p>{t('tendering.conflictTheirs', { value: f.theirs })}</p>
                <div className="button-row">
                  <button type="button" className="button button--secondary" onClick={() => saveThen()}>
                    {t('tendering.keepMine')}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => takeTheirs(f.field, f.theirs)}>
                    {t('tendering.takeTheirs')}
                  </button>
                </div>
              </div>
            ))
          ) : edit.isError ? (
            <ErrorAlert error={edit.error} />
          ) : null}
          {publish.isError && identityFindingsOf(publish.error) ? (
            <IdentityWarning
              findings={identityFindingsOf(publish.error) ?? []}
              pending={publish.isPending}
              onConfirm={(identityReason) =>
                publish.mutate({ id: question.id, identityReason }, { onSuccess: () => onStatus(t('tendering.answerPublished')) })
              }
            />
          ) : publish.isError ? (
            <ErrorAlert error={publish.error} />
          ) : null}
          <div className="button-row">
            <button type="button" className="button button--secondary" disabled={edit.isPending} onClick={() => saveThen()}>
              {t('tendering.saveDraft')}
            </button>
            {canPublish ? (
              <button
                type="button"
                className="button"
                disabled={edit.isPending || publish.isPending}
                onClick={() =>
                  ask(
                    {
                      title: t('tendering.publishAnswerConfirmTitle'),
                      text: t('tendering.publishAnswerConfirmText'),
                      confirmLabel: t('tendering.publishAnswerConfirmYes'),
                      testId: 'confirm-publish-answer',
                    },
                    () => saveThen(() => publish.mutate({ id: question.id }, { onSuccess: () => onStatus(t('tendering.answerPublished')) })),
                  )
                }
              >
                {t('tendering.publishAnswer')}
              </button>
            ) : null}
          </div>
          {dialog}
        </>
      )}
      {extras}
    </article>
  )
}

const IDENTITY_KINDS: Record<IdentityFinding['kind'], MessageKey> = {
  VENDOR: 'tendering.identity.kind.VENDOR',
  PERSON: 'tendering.identity.kind.PERSON',
  PHONE: 'tendering.identity.kind.PHONE',
  EMAIL: 'tendering.identity.kind.EMAIL',
  ORGANISATION_NUMBER: 'tendering.identity.kind.ORGANISATION_NUMBER',
  PERSONAL_IDENTITY_NUMBER: 'tendering.identity.kind.PERSONAL_IDENTITY_NUMBER',
}

/**
 * The server held the question back: its text seems to name someone who could give the asker away.
 * The buyer rewords it above and publishes again, or publishes with a reason that goes on record.
 */
function IdentityWarning({ findings, pending, onConfirm }: { findings: IdentityFinding[]; pending: boolean; onConfirm: (reason: string) => void }) {
  const { t } = useI18n()
  const id = useId()
  const [reason, setReason] = useState('')
  return (
    <div className="notice notice--warning" role="alert" data-testid="identity-warning">
      <p>
        <strong>{t('tendering.identity.title')}</strong>
      </p>
      <ul>
        {findings.map((f) => (
          <li key={`${f.kind}:${f.text}`}>
            {f.text} ({t(IDENTITY_KINDS[f.kind])})
          </li>
        ))}
      </ul>
      <p>{t('tendering.identity.advice')}</p>
      <TextAreaField id={`${id}-reason`} label={t('tendering.identity.reason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={pending || reason.trim() === ''} onClick={() => onConfirm(reason.trim())}>
          {t('tendering.identity.publishAnyway')}
        </button>
      </div>
    </div>
  )
}

const HISTORY_EVENTS: Partial<Record<string, MessageKey>> = {
  QuestionAsked: 'tendering.historyEvent.QuestionAsked',
  ClarificationStarted: 'tendering.historyEvent.ClarificationStarted',
  AnswerEdited: 'tendering.historyEvent.AnswerEdited',
  AnswerPublished: 'tendering.historyEvent.AnswerPublished',
  IdentityWarningConfirmed: 'tendering.historyEvent.IdentityWarningConfirmed',
}

/** Who drafted what in the question's wording and answer, and when it was published; newest first. */
function QuestionHistoryDialog({ procurementId, question, onClose }: { procurementId: string; question: Question; onClose: () => void }) {
  const { t } = useI18n()
  const history = useQuestionHistory(procurementId, question.id)
  return (
    <HistoryDialog
      title={t('tendering.historyTitle')}
      subtitle={question.question}
      history={history}
      emptyLabel={t('tendering.historyEmpty')}
      describeEvent={(type) => {
        const label = HISTORY_EVENTS[type]
        return label ? t(label) : undefined
      }}
      describeField={(field) => (field === 'question' ? t('tendering.questionToPublish') : field === 'answer' ? t('tendering.answer') : field)}
      renderValue={(_field, value) => (value === null || value === undefined || value === '' ? <em>–</em> : String(value))}
      onClose={onClose}
      testId="question-history"
    />
  )
}
