import { type FormEvent, type ReactNode, useId, useState } from 'react'
import { Link } from 'react-router'

import { AmendmentLog } from '@/components/amendment-log'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { downloadCsv, fileName } from '@/lib/csv'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { publishedQuestionsCsv } from '@/lib/qa-csv'
import { requirementNumber } from '@/lib/requirement-number'
import { endOfStockholmDay, stockholmDayHasPassed, useServerNow } from '@/lib/server-clock'

import { useAskQuestion } from '../api/ask-question'
import { useDecision } from '../api/get-decision'
import { COMPLIANCE, type Compliance, type Tender, useOwnTender } from '../api/get-own-tender'
import { useVendorProcurement } from '../api/get-vendor-procurement'
import type { VendorProcurement } from '../api/get-vendor-procurements'
import { useVendorQuestions } from '../api/get-vendor-questions'
import { useSaveTender } from '../api/save-tender'
import { useSubmitTender } from '../api/submit-tender'
import { useVendorLiveUpdates } from '../api/use-vendor-live-updates'
import { TenderAttachments } from './tender-attachments'
import { VendorDialogue } from './vendor-dialogue'

/** Composed in by the app (features do not import each other): e.g. the files published to vendors. */
export interface VendorPageExtras {
  /** Under the published requirements: the procurement's own files. */
  procurement?: ReactNode
  requirement?: (requirementId: string) => ReactNode
  /** Under a published answer. */
  answer?: (questionId: string) => ReactNode
}

/** One procurement as an invited vendor sees it: what is published, Q&A, its own tender and the decision. */
export function VendorProcurementPage({ procurementId, extras = {} }: { procurementId: string; extras?: VendorPageExtras }) {
  const { t } = useI18n()
  useVendorLiveUpdates(procurementId)
  const procurement = useVendorProcurement(procurementId)
  if (procurement.isPending) return <Loading />
  if (procurement.isError) {
    return (
      <Page title={t('vendor.listTitle')}>
        <ErrorAlert error={procurement.error} title={t('vendor.loadFailed')} />
      </Page>
    )
  }
  return <Published procurement={procurement.data} receivedAt={procurement.dataUpdatedAt} extras={extras} />
}

/** Where the tender stands by the server's clock: questions close after their last (Swedish) day, tenders at the deadline. */
interface Deadlines {
  questionsClosed: boolean
  deadlinePassed: boolean
}

function Published({ procurement, receivedAt, extras }: { procurement: VendorProcurement; receivedAt: number; extras: VendorPageExtras }) {
  const { t, formatDateTime, formatDate, formatNumber } = useI18n()
  const publication = procurement.publication
  const decision = useDecision(procurement.id, publication !== null)
  const questionsEnd = publication ? endOfStockholmDay(publication.lastQuestionDay) : null
  const tenderEnd = publication ? Date.parse(publication.tenderDeadline) : null
  const now = useServerNow(
    procurement.serverTime,
    receivedAt,
    [questionsEnd, tenderEnd].filter((b): b is number => b !== null && !Number.isNaN(b)),
  )
  const deadlines: Deadlines = {
    questionsClosed: publication !== null && stockholmDayHasPassed(publication.lastQuestionDay, now),
    deadlinePassed: tenderEnd !== null && now >= tenderEnd,
  }
  return (
    <Page title={procurement.title} lead={procurement.description ?? undefined}>
      <p className="back-link">
        <Link to="/upphandlingar">{t('vendor.listTitle')}</Link>
      </p>
      <dl className="summary-list summary-list--compact" data-testid="vendor-facts">
        <div className="summary-list__row">
          <dt>{t('vendor.buyer')}</dt>
          <dd>{procurement.buyer}</dd>
        </div>
        {publication ? (
          <>
            <div className="summary-list__row">
              <dt>{t('vendor.deadline')}</dt>
              <dd>{formatDateTime(publication.tenderDeadline)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('vendor.lastQuestionDay')}</dt>
              <dd>{formatDate(publication.lastQuestionDay)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('vendor.model')}</dt>
              <dd>
                {t(`vendor.model.${publication.evaluationModel}` as MessageKey, {
                  value: formatNumber(publication.qualityValueSek ?? 0),
                })}
              </dd>
            </div>
          </>
        ) : null}
      </dl>
      {decision.data ? <DecisionPanel decision={decision.data} /> : null}
      <section className="panel" aria-labelledby="vendor-requirements">
        <h2 id="vendor-requirements">{t('vendor.requirements')}</h2>
        {publication === null ? (
          <p>{t('vendor.waitingForPublication')}</p>
        ) : (
          <>
            <p className="card__meta">{t('vendor.setVersion', { version: publication.requirementSetVersion })}</p>
            <ol className="requirements-list">
              {procurement.requirements.map((r) => (
                <li key={r.requirementId} className="requirement-card" data-testid="published-requirement">
                  <p className="card__tags">
                    <span className={`tag ${r.kind === 'MANDATORY' ? 'tag--strong' : ''}`}>{t(`requirements.kind.${r.kind}` as MessageKey)}</span>{' '}
                    <span className="tag">{t(`requirements.category.${r.category}` as MessageKey)}</span>
                    {r.kind === 'EVALUATED' && r.weight !== null ? (
                      <>
                        {' '}
                        <span className="tag">{t('vendor.weight', { weight: r.weight })}</span>
                      </>
                    ) : null}
                  </p>
                  <p className="requirement-card__number" data-testid="requirement-number">
                    {requirementNumber(r.number)}
                  </p>
                  <p className="requirement-card__text">{r.text}</p>
                  {r.verificationMethod ? <p className="card__meta">{r.verificationMethod}</p> : null}
                  {extras.requirement?.(r.requirementId)}
                </li>
              ))}
            </ol>
            {procurement.amendments.length > 0 ? (
              <>
                <h3>{t('amendments.heading', { count: procurement.amendments.length })}</h3>
                <AmendmentLog
                  amendments={procurement.amendments}
                  requirementText={(id) => {
                    const r = procurement.requirements.find((x) => x.requirementId === id)
                    return r ? `${requirementNumber(r.number)} ${r.text}` : undefined
                  }}
                />
              </>
            ) : null}
          </>
        )}
      </section>
      {publication ? extras.procurement : null}
      {publication === null ? <VendorDialogue procurementId={procurement.id} /> : null}
      <QuestionsPanel procurement={procurement} questionsClosed={deadlines.questionsClosed} answerExtras={extras.answer} />
      {publication ? (
        <TenderPanel procurement={procurement} tenderDeadline={publication.tenderDeadline} deadlinePassed={deadlines.deadlinePassed} />
      ) : null}
    </Page>
  )
}

function DecisionPanel({ decision }: { decision: NonNullable<ReturnType<typeof useDecision>['data']> }) {
  const { t, formatNumber, formatDateTime } = useI18n()
  const standstill = decision.standstillEndsAt && decision.standstillEndsAt !== decision.decidedAt ? decision.standstillEndsAt : null
  return (
    <section className="panel notice notice--success" aria-labelledby="vendor-decision" data-testid="vendor-decision">
      <h2 id="vendor-decision">{t('vendor.decision')}</h2>
      <p className="card__meta">
        {t('vendor.decidedAt', { at: formatDateTime(decision.decidedAt) })}{' '}
        {t('vendor.decisionModel', { model: t(`tendering.model.${decision.evaluationModel}`) })}
      </p>
      <p>{decision.youWon ? t('vendor.youWon') : t('vendor.winner', { name: decision.winnerName })}</p>
      <p>{decision.reasoning}</p>
      {decision.contractSignedAt ? (
        <p data-testid="contract-signed">{t('vendor.contractSigned', { at: formatDateTime(decision.contractSignedAt) })}</p>
      ) : standstill ? (
        <p data-testid="standstill">{t('vendor.standstill', { at: formatDateTime(standstill) })}</p>
      ) : null}
      {decision.disqualified ? (
        <p>{t('vendor.disqualified', { reason: decision.disqualificationReason ?? '' })}</p>
      ) : decision.yourRank !== null ? (
        <p>
          {t('vendor.yourResult', {
            rank: decision.yourRank,
            price: formatNumber(decision.yourEvaluationPriceSek),
            quality: formatNumber(decision.yourQuality ?? 0),
          })}
        </p>
      ) : null}
    </section>
  )
}

function QuestionsPanel({
  procurement,
  questionsClosed,
  answerExtras,
}: {
  procurement: VendorProcurement
  questionsClosed: boolean
  answerExtras?: (questionId: string) => ReactNode
}) {
  const { t, formatDateTime, formatDate } = useI18n()
  const id = useId()
  const questions = useVendorQuestions(procurement.id)
  const ask = useAskQuestion(procurement.id)
  const [text, setText] = useState('')
  const [requirementId, setRequirementId] = useState('')
  const [status, setStatus] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | undefined>()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) {
      setProblem(t('form.required'))
      return
    }
    setProblem(undefined)
    ask.mutate(
      { text: text.trim(), requirementId: requirementId || undefined },
      {
        onSuccess: () => {
          setText('')
          setRequirementId('')
          setStatus(t('vendor.asked'))
        },
      },
    )
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="vendor-questions">
      <div className="panel__header">
        <h2 id={`${id}-heading`}>{t('vendor.questions')}</h2>
        {questions.data?.some((q) => q.publishedAt) ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadCsv(fileName(procurement.title, 'fragor-och-svar'), publishedQuestionsCsv(questions.data ?? [], t, formatDateTime))
            }
          >
            {t('vendor.exportQuestions')}
          </button>
        ) : null}
      </div>
      <LiveStatus message={status} />
      {questions.isPending ? (
        <Loading />
      ) : questions.isError ? (
        <ErrorAlert error={questions.error} />
      ) : questions.data.length === 0 ? (
        <p>{t('vendor.noQuestions')}</p>
      ) : (
        <ol className="requirements-list">
          {questions.data.map((q) => (
            <li key={q.id} className="requirement-card" data-testid="vendor-question">
              <p className="card__tags">
                {q.clarification ? <span className="tag">{t('vendor.clarification')}</span> : null}
                {q.yours ? <span className="tag">{t('vendor.yourQuestion')}</span> : null}
              </p>
              <p>
                <strong>{q.question}</strong>
              </p>
              {q.answer ? <p>{q.answer}</p> : <p className="card__meta">{t('vendor.waitingForAnswer')}</p>}
              {q.publishedAt ? <p className="card__meta">{formatDateTime(q.publishedAt)}</p> : null}
              {q.publishedAt ? answerExtras?.(q.id) : null}
            </li>
          ))}
        </ol>
      )}
      {questionsClosed && procurement.publication ? (
        <p className="notice" data-testid="questions-closed">
          {t('vendor.questionsClosed', { day: formatDate(procurement.publication.lastQuestionDay) })}
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <h3>{t('vendor.ask')}</h3>
          <p className="card__meta">{t('vendor.askHint')}</p>
          <TextAreaField id={`${id}-text`} label={t('vendor.ask')} value={text} maxLength={4000} error={problem} onChange={(e) => setText(e.target.value)} />
          {procurement.requirements.length > 0 ? (
            <SelectField
              id={`${id}-requirement`}
              label={t('vendor.aboutRequirement')}
              options={[
                { value: '', label: t('vendor.wholeProcurement') },
                ...procurement.requirements.map((r) => ({ value: r.requirementId, label: `${requirementNumber(r.number)} ${r.text.slice(0, 80)}` })),
              ]}
              value={requirementId}
              onChange={(e) => setRequirementId(e.target.value)}
            />
          ) : null}
          {ask.isError ? <ErrorAlert error={ask.error} /> : null}
          <button type="submit" className="button" disabled={ask.isPending}>
            {t('vendor.send')}
          </button>
        </form>
      )}
    </section>
  )
}

function TenderPanel({
  procurement,
  tenderDeadline,
  deadlinePassed,
}: {
  procurement: VendorProcurement
  tenderDeadline: string
  deadlinePassed: boolean
}) {
  const tender = useOwnTender(procurement.id, true)
  // kept here: the form starts afresh from each saved version
  const [status, setStatus] = useState<string | null>(null)
  if (tender.isPending) return <Loading />
  if (tender.isError) return <ErrorAlert error={tender.error} />
  if (deadlinePassed) {
    return (
      <>
        <ClosedTender procurement={procurement} tender={tender.data} />
        <TenderAttachments procurementId={procurement.id} tenderDeadline={tenderDeadline} deadlinePassed />
      </>
    )
  }
  return (
    <>
      <LiveStatus message={status} />
      <TenderForm key={tender.data.savedAt ?? 'new'} procurement={procurement} tender={tender.data} setStatus={setStatus} />
      {/* beside the form, not in it: a save starts the form afresh and must not cancel an upload */}
      <TenderAttachments procurementId={procurement.id} tenderDeadline={tenderDeadline} />
    </>
  )
}

/** After the deadline: what the vendor saved and submitted, and when, without anything to press. */
function ClosedTender({ procurement, tender }: { procurement: VendorProcurement; tender: Tender }) {
  const { t, formatDateTime, formatNumber } = useI18n()
  const id = useId()
  const submitted = tender.status === 'SUBMITTED' && tender.submittedAt
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="vendor-tender">
      <h2 id={`${id}-heading`}>{t('vendor.tender')}</h2>
      <p className="notice" data-testid="deadline-passed">
        {t('vendor.deadlinePassed', { at: formatDateTime(procurement.publication?.tenderDeadline ?? '') })}
      </p>
      <p data-testid="tender-status">
        <strong>{submitted ? t('vendor.tenderStatus.SUBMITTED', { at: formatDateTime(tender.submittedAt!) }) : t('vendor.notSubmittedInTime')}</strong>
      </p>
      {submitted && tender.changedSinceSubmission ? (
        <p className="alert alert--warning" data-testid="tender-changed">
          {t('vendor.changesNotSubmitted')}
        </p>
      ) : null}
      {tender.tendersOpenedAt ? (
        <p className="notice" data-testid="tenders-opened">
          {t('vendor.tendersOpened', { at: formatDateTime(tender.tendersOpenedAt) })}
        </p>
      ) : submitted ? (
        <p className="card__meta">{t('vendor.tenderSealed')}</p>
      ) : null}
      {tender.status !== 'NOT_STARTED' ? (
        <dl className="summary-list" data-testid="tender-read-only">
          {procurement.requirements.map((r) => {
            const response = tender.responses.find((x) => x.requirementId === r.requirementId)
            return (
              <div key={r.requirementId} className="summary-list__row">
                <dt>
                  {requirementNumber(r.number)} {r.text}
                </dt>
                <dd>
                  {response?.compliance ? t(`vendor.compliance.${response.compliance}` as MessageKey) : t('vendor.notAnswered')}
                  {response?.explanation ? <span className="card__meta"> – {response.explanation}</span> : null}
                </dd>
              </div>
            )
          })}
          <div className="summary-list__row">
            <dt>{t('vendor.price')}</dt>
            <dd>{tender.priceSek === null ? t('vendor.notAnswered') : formatNumber(tender.priceSek)}</dd>
          </div>
        </dl>
      ) : null}
    </section>
  )
}

function TenderForm({
  procurement,
  tender,
  setStatus,
}: {
  procurement: VendorProcurement
  tender: Tender
  setStatus: (message: string) => void
}) {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const save = useSaveTender(procurement.id)
  const submit = useSubmitTender(procurement.id)
  const [answers, setAnswers] = useState<Record<string, { compliance: Compliance | null; explanation: string }>>(() =>
    Object.fromEntries(
      procurement.requirements.map((r) => {
        const saved = tender.responses.find((x) => x.requirementId === r.requirementId)
        return [r.requirementId, { compliance: saved?.compliance ?? null, explanation: saved?.explanation ?? '' }]
      }),
    ),
  )
  const [price, setPrice] = useState(tender.priceSek === null ? '' : String(tender.priceSek))

  const draft = () => ({
    responses: procurement.requirements.map((r) => ({
      requirementId: r.requirementId,
      compliance: answers[r.requirementId]?.compliance ?? null,
      explanation: answers[r.requirementId]?.explanation.trim() || null,
    })),
    priceSek: price === '' ? null : Number(price),
  })

  const statusLabel =
    tender.status === 'SUBMITTED' && tender.submittedAt
      ? t('vendor.tenderStatus.SUBMITTED', { at: formatDateTime(tender.submittedAt) })
      : t(`vendor.tenderStatus.${tender.status}` as MessageKey)

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="vendor-tender">
      <h2 id={`${id}-heading`}>{t('vendor.tender')}</h2>
      <p data-testid="tender-status">
        <strong>{statusLabel}</strong>
      </p>
      {tender.changedSinceSubmission ? (
        <p className="alert alert--warning" role="status" data-testid="tender-changed">
          {t('vendor.changedSinceSubmission')}
        </p>
      ) : null}
      {tender.tendersOpenedAt ? (
        <p className="notice" data-testid="tenders-opened">
          {t('vendor.tendersOpened', { at: formatDateTime(tender.tendersOpenedAt) })}
        </p>
      ) : (
        <p className="card__meta">{t('vendor.tenderSealed')}</p>
      )}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          save.mutate(draft(), {
            onSuccess: () => submit.mutate(undefined, { onSuccess: () => setStatus(t('vendor.submitted')) }),
          })
        }}
      >
        {procurement.requirements.map((r) => (
          <fieldset key={r.requirementId} className="conflict-field">
            <legend>
              {requirementNumber(r.number)} {r.text}
            </legend>
            <div className="radio-row" role="radiogroup" aria-label={t('vendor.compliance')}>
              {COMPLIANCE.map((c) => (
                <label key={c} className="checkbox">
                  <input
                    type="radio"
                    name={`${id}-${r.requirementId}`}
                    checked={answers[r.requirementId]?.compliance === c}
                    onChange={() => setAnswers({ ...answers, [r.requirementId]: { ...answers[r.requirementId]!, compliance: c } })}
                  />{' '}
                  {t(`vendor.compliance.${c}` as MessageKey)}
                </label>
              ))}
            </div>
            <TextAreaField
              id={`${id}-${r.requirementId}-explanation`}
              label={t('vendor.explanation')}
              rows={2}
              maxLength={4000}
              value={answers[r.requirementId]?.explanation ?? ''}
              onChange={(e) => setAnswers({ ...answers, [r.requirementId]: { ...answers[r.requirementId]!, explanation: e.target.value } })}
            />
          </fieldset>
        ))}
        <TextField id={`${id}-price`} label={t('vendor.price')} inputMode="numeric" value={price} onChange={(e) => setPrice(e.target.value.replace(/[^\d]/g, ''))} />
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        {submit.isError ? <ErrorAlert error={submit.error} /> : null}
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={save.isPending}
            onClick={() =>
              save.mutate(draft(), {
                onSuccess: () => setStatus(t(tender.status === 'SUBMITTED' ? 'vendor.savedNotSubmitted' : 'vendor.saved')),
              })
            }
          >
            {tender.status === 'SUBMITTED' ? t('vendor.saveChanges') : t('vendor.saveDraft')}
          </button>
          <button type="submit" className="button" disabled={save.isPending || submit.isPending}>
            {tender.status === 'SUBMITTED' ? t('vendor.resubmit') : t('vendor.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}
