import { useId, useState } from 'react'

import { useConfirmation } from '@/components/confirm-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { ExcelLink } from '@/components/excel-link'
import { Loading } from '@/components/loading'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { requirementNumber } from '@/lib/requirement-number'

import { useAward } from '../api/award-contract'
import { useDisqualify } from '../api/disqualify-vendor'
import { type Evaluation, useEvaluation } from '../api/get-evaluation'
import { useOpenedTenders } from '../api/get-opened-tenders'
import { usePublication } from '../api/get-publication'
import { useRequirementLines } from '../api/get-requirement-lines'
import { useScore } from '../api/set-score'
import { useSignContract } from '../api/sign-contract'

import { OpeningSection } from './opening-section'
import { TenderFiles } from './tender-files'

/**
 * Tenders and evaluation: sealed until two appointed openers open them after the deadline
 * ({@link OpeningSection}); then the opening record, the ranked table (price, quality,
 * deduction, evaluation price), scoring per evaluated requirement, rejecting a tender that fails a
 * mandatory requirement, and the award decision.
 */
export function EvaluationPanel({ procurementId }: { procurementId: string }) {
  const { t } = useI18n()
  const id = useId()
  const publication = usePublication(procurementId)
  const evaluation = useEvaluation(procurementId, Boolean(publication.data))

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="evaluation-panel">
      <h2 id={`${id}-heading`}>{t('tendering.tab.evaluation')}</h2>
      {publication.isPending ? (
        <Loading />
      ) : publication.isError ? (
        <ErrorAlert error={publication.error} />
      ) : !publication.data ? (
        <p>{t('tendering.notPublished')}</p>
      ) : evaluation.isPending ? (
        <Loading />
      ) : evaluation.isError ? (
        <ErrorAlert error={evaluation.error} />
      ) : evaluation.data === 'sealed' ? (
        <OpeningSection procurementId={procurementId} />
      ) : (
        <>
          <OpeningSection procurementId={procurementId} />
          {evaluation.data.rows.length === 0 ? (
            <p>{t('tendering.noTenders')}</p>
          ) : (
            <Opened procurementId={procurementId} evaluation={evaluation.data} />
          )}
        </>
      )}
    </section>
  )
}

/**
 * The tenders in the order they had when the page loaded (tenders that arrive later go last), so that
 * rows and columns do not move under the person while they score; they re-rank when asked to.
 */
function useStableOrder(rows: Evaluation['rows']) {
  const ranked = rows.map((row) => row.vendorOrganisationId)
  const [order, setOrder] = useState(ranked)
  const position = (vendor: string) => {
    const at = order.indexOf(vendor)
    return at === -1 ? order.length + ranked.indexOf(vendor) : at
  }
  const stable = [...rows].sort((a, b) => position(a.vendorOrganisationId) - position(b.vendorOrganisationId))
  const outOfRank = stable.some((row, i) => row.vendorOrganisationId !== ranked[i])
  return { rows: stable, outOfRank, rerank: () => setOrder(ranked) }
}

function Opened({ procurementId, evaluation: current }: { procurementId: string; evaluation: Evaluation }) {
  const { t, formatNumber } = useI18n()
  const isBuyer = hasRole(useCurrentPerson(), 'BUYER')
  const decided = current.award !== null
  const order = useStableOrder(current.rows)
  const evaluation = { ...current, rows: order.rows }
  return (
    <>
      {evaluation.award ? (
        <>
          <p className="notice notice--success" data-testid="award">
            {t('tendering.awarded', { name: evaluation.award.winnerName, reasoning: evaluation.award.reasoning })}
          </p>
          <Contract procurementId={procurementId} award={evaluation.award} />
        </>
      ) : null}
      <div className="button-row">
        <ExcelLink href={`/api/procurements/${encodeURIComponent(procurementId)}/evaluation.xlsx`} />
      </div>
      {order.outOfRank ? (
        <p className="notice" data-testid="rank-changed">
          {t('tendering.rankChanged')}{' '}
          <button type="button" className="button button--secondary" onClick={order.rerank}>
            {t('tendering.sortByRank')}
          </button>
        </p>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tendering.tableCaption')}>
        <table className="data-table" data-testid="evaluation-table">
          <caption className="visually-hidden">{t('tendering.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tendering.rank')}</th>
              <th scope="col">{t('tendering.vendor')}</th>
              <th scope="col">{t('tendering.price')}</th>
              <th scope="col">{t('tendering.quality')}</th>
              <th scope="col">{t('tendering.deduction')}</th>
              <th scope="col">{t('tendering.evaluationPrice')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.rows.map((row) => (
              <tr key={row.vendorOrganisationId}>
                <td>{row.rank ?? '–'}</td>
                <th scope="row">
                  {row.vendorName}
                  {row.disqualified ? (
                    <p className="card__meta">{t('tendering.disqualifiedBecause', { reason: row.disqualificationReason ?? '' })}</p>
                  ) : row.failsMandatory.length > 0 ? (
                    <p className="presence-badge">{t('tendering.failsMandatory', { count: row.failsMandatory.length })}</p>
                  ) : null}
                </th>
                <td>{formatNumber(row.priceSek)}</td>
                <td>{formatNumber(row.quality)} %</td>
                <td>{formatNumber(row.deductionSek)}</td>
                <td>
                  <strong>{formatNumber(row.evaluationPriceSek)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <EvaluationMatrix procurementId={procurementId} evaluation={evaluation} decided={decided} />
      <TenderFiles procurementId={procurementId} tenders={evaluation.rows} />
      {!decided && isBuyer ? <Decisions procurementId={procurementId} evaluation={evaluation} /> : null}
    </>
  )
}

/**
 * The evaluation matrix: per requirement (rows) and tender (columns) what the vendor answered, and
 * for evaluated requirements the caller's score beside the team's average.
 */
function EvaluationMatrix({ procurementId, evaluation, decided }: { procurementId: string; evaluation: Evaluation; decided: boolean }) {
  const { t, formatNumber } = useI18n()
  const tenders = useOpenedTenders(procurementId, true)
  const requirements = useRequirementLines(procurementId)
  const score = useScore(procurementId)
  const [mine, setMine] = useState<Record<string, string>>({})
  if (tenders.isPending || requirements.isPending) return <Loading />
  if (tenders.isError) return <ErrorAlert error={tenders.error} />
  if (requirements.isError) return <ErrorAlert error={requirements.error} />
  const rows = evaluation.rows
  const tenderOf = (vendor: string) => tenders.data.tenders.find((x) => x.vendorOrganisationId === vendor)
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tendering.matrixCaption')}>
      <table className="data-table" data-testid="evaluation-matrix">
        <caption>{t('tendering.matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tendering.requirement')}</th>
            {rows.map((row) => (
              <th key={row.vendorOrganisationId} scope="col">
                {row.vendorName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {requirements.data.map((requirement) => (
            <tr key={requirement.id}>
              <th scope="row">
                {requirementNumber(requirement.number)} {requirement.text}
                <p className="card__meta">
                  {t(`requirements.kind.${requirement.kind}` as MessageKey)}
                  {requirement.weight !== null ? ` · ${t('tendering.weight', { weight: requirement.weight })}` : ''}
                </p>
              </th>
              {rows.map((row) => {
                const response = tenderOf(row.vendorOrganisationId)?.responses.find((r) => r.requirementId === requirement.id)
                const average = row.scores.find((s) => s.requirementId === requirement.id)
                const key = `${row.vendorOrganisationId}|${requirement.id}`
                return (
                  <td key={row.vendorOrganisationId} data-testid="matrix-cell">
                    {response ? (
                      <>
                        <strong className={response.compliance === 'DOES_NOT_MEET' && requirement.kind === 'MANDATORY' ? 'presence-badge' : undefined}>
                          {t(`vendor.compliance.${response.compliance}` as MessageKey)}
                        </strong>
                        {response.explanation ? <p>{response.explanation}</p> : null}
                      </>
                    ) : (
                      <em>{t('tendering.noAnswer')}</em>
                    )}
                    {requirement.kind === 'EVALUATED' && !row.disqualified && average ? (
                      <>
                        {!decided ? (
                          <SelectField
                            id={`score-${row.vendorOrganisationId}-${requirement.id}`}
                            label={t('tendering.yourScore', { vendor: row.vendorName, requirement: requirementNumber(requirement.number) })}
                            placeholder="–"
                            options={[0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
                            value={mine[key] ?? ''}
                            onChange={(e) => {
                              setMine({ ...mine, [key]: e.target.value })
                              score.mutate({ vendorOrganisationId: row.vendorOrganisationId, requirementId: requirement.id, score: Number(e.target.value) })
                            }}
                          />
                        ) : null}
                        <p className="card__meta">{t('tendering.teamAverage', { average: formatNumber(average.average), count: average.count })}</p>
                      </>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {score.isError ? <ErrorAlert error={score.error} /> : null}
    </div>
  )
}

/** The standstill period after the award decision, and recording the contract as signed once it has ended. */
function Contract({ procurementId, award }: { procurementId: string; award: NonNullable<Evaluation['award']> }) {
  const { t, formatDateTime } = useI18n()
  const isBuyer = hasRole(useCurrentPerson(), 'BUYER')
  const sign = useSignContract(procurementId)
  const [now] = useState(() => Date.now())
  if (award.contractSignedAt) {
    return <p data-testid="contract-signed">{t('tendering.contractSigned', { at: formatDateTime(award.contractSignedAt) })}</p>
  }
  const ends = award.standstillEndsAt
  const running = ends !== null && Date.parse(ends) > now
  return (
    <div data-testid="standstill">
      <p>
        {t('tendering.decidedAt', { at: formatDateTime(award.decidedAt) })}{' '}
        {ends && ends !== award.decidedAt ? t('tendering.standstillUntil', { at: formatDateTime(ends) }) : null}
      </p>
      {isBuyer ? (
        <>
          <button type="button" className="button" disabled={running || sign.isPending} onClick={() => sign.mutate(undefined)}>
            {t('tendering.signContract')}
          </button>
          {running ? <p className="card__meta">{t('tendering.signAfterStandstill')}</p> : null}
          {sign.isError ? <ErrorAlert error={sign.error} /> : null}
        </>
      ) : null}
    </div>
  )
}

function Decisions({ procurementId, evaluation }: { procurementId: string; evaluation: Evaluation }) {
  const { t } = useI18n()
  const id = useId()
  const disqualify = useDisqualify(procurementId)
  const award = useAward(procurementId)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const qualified = evaluation.rows.filter((r) => !r.disqualified)
  const [winner, setWinner] = useState(qualified[0]?.vendorOrganisationId ?? '')
  const [reasoning, setReasoning] = useState('')
  const { ask, dialog } = useConfirmation()
  const winnerName = qualified.find((r) => r.vendorOrganisationId === winner)?.vendorName ?? ''
  return (
    <>
      {evaluation.rows
        .filter((r) => !r.disqualified && r.failsMandatory.length > 0)
        .map((row) => (
          <form
            key={row.vendorOrganisationId}
            className="form form--inline"
            onSubmit={(e) => {
              e.preventDefault()
              const reason = reasons[row.vendorOrganisationId]?.trim()
              if (reason) disqualify.mutate({ vendorOrganisationId: row.vendorOrganisationId, reason })
            }}
          >
            <TextField
              id={`${id}-${row.vendorOrganisationId}-reason`}
              label={t('tendering.disqualifyReason')}
              value={reasons[row.vendorOrganisationId] ?? ''}
              onChange={(e) => setReasons({ ...reasons, [row.vendorOrganisationId]: e.target.value })}
            />
            <button type="submit" className="button button--secondary">
              {t('tendering.disqualify', { vendor: row.vendorName })}
            </button>
          </form>
        ))}
      {disqualify.isError ? <ErrorAlert error={disqualify.error} /> : null}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          if (!winner || !reasoning.trim()) return
          ask(
            {
              title: t('tendering.awardConfirmTitle'),
              text: t('tendering.awardConfirmText', { name: winnerName }),
              confirmLabel: t('tendering.awardConfirmYes'),
              testId: 'confirm-award',
            },
            () => award.mutate({ vendorOrganisationId: winner, reasoning: reasoning.trim() }),
          )
        }}
      >
        <SelectField
          id={`${id}-winner`}
          label={t('tendering.awardTo')}
          options={qualified.map((r) => ({ value: r.vendorOrganisationId, label: r.vendorName }))}
          value={winner}
          onChange={(e) => setWinner(e.target.value)}
        />
        <TextAreaField id={`${id}-reasoning`} label={t('tendering.awardReasoning')} value={reasoning} onChange={(e) => setReasoning(e.target.value)} />
        {award.isError ? <ErrorAlert error={award.error} /> : null}
        <button type="submit" className="button" disabled={award.isPending || !reasoning.trim()}>
          {t('tendering.award')}
        </button>
      </form>
      {dialog}
    </>
  )
}
