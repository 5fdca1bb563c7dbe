import { type FormEvent, useId, useState } from 'react'
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts'

import { ChartWithTable } from '@/components/chart-with-table'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { TextField } from '@/components/text-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { useI18n } from '@/lib/i18n/i18n'

import type { FollowUp } from '../api/get-follow-up'
import { useRecordIndicator } from '../api/record-indicator'

type Need = FollowUp['needs'][number]

/** Needs → requirements → outcome: what each need promised, what was bought for it, and what it delivered. */
export function NeedOutcomesSection({ followUp, canRecord }: { followUp: FollowUp; canRecord: boolean }) {
  const { t, formatNumber } = useI18n()
  const id = useId()
  const measured = followUp.needs.filter((n) => n.outcome !== null)
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="need-outcomes">
      <h2 id={`${id}-heading`}>{t('outcomes.needsHeading')}</h2>
      {followUp.needs.length === 0 ? <p>{t('outcomes.noNeeds')}</p> : null}
      {measured.length > 0 ? (
        <ChartWithTable
          title={t('outcomes.benefitChart')}
          testId="benefit-chart"
          table={{
            columns: [t('outcomes.need'), t('outcomes.baseline'), t('outcomes.target'), t('outcomes.realised'), t('outcomes.benefitRealised')],
            rows: measured.map((n) => [
              n.statement,
              n.baseline === null ? '–' : `${formatNumber(n.baseline)} ${n.unit ?? ''}`.trim(),
              n.target === null ? '–' : `${formatNumber(n.target)} ${n.unit ?? ''}`.trim(),
              `${formatNumber(n.outcome!.realisedValue)} ${n.unit ?? ''}`.trim(),
              `${formatNumber(n.outcome!.benefitRealisedPercent)} %`,
            ]),
          }}
          chart={
            <BarChart width={640} height={60 + measured.length * 40} data={measured.map((n, i) => ({ name: `${i + 1}`, value: n.outcome!.benefitRealisedPercent }))} layout="vertical">
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" domain={[0, 100]} unit=" %" />
              <YAxis type="category" dataKey="name" width={30} />
              <Bar dataKey="value" fill="#1d5f8a" />
            </BarChart>
          }
        />
      ) : null}
      <ol className="requirements-list">
        {followUp.needs.map((need) => (
          <li key={need.needId} className="follow-up-need" data-testid="need-outcome">
            <NeedOutcome procurementId={followUp.procurementId} need={need} canRecord={canRecord} />
          </li>
        ))}
      </ol>
    </section>
  )
}

function NeedOutcome({ procurementId, need, canRecord }: { procurementId: string; need: Need; canRecord: boolean }) {
  const { t, formatNumber, formatDate } = useI18n()
  const unit = need.unit ? ` ${need.unit}` : ''
  return (
    <>
      <h3>{need.statement}</h3>
      {need.indicator ? (
        <p>
          {t('outcomes.indicator')}: {need.indicator} ·{' '}
          {t('outcomes.fromTo', {
            baseline: need.baseline === null ? '–' : formatNumber(need.baseline) + unit,
            target: need.target === null ? '–' : formatNumber(need.target) + unit,
          })}
        </p>
      ) : (
        <p className="card__meta">{t('outcomes.noIndicator')}</p>
      )}
      {need.requirements.length > 0 ? (
        <details>
          <summary>{t('outcomes.requirements', { count: need.requirements.length })}</summary>
          <ul>
            {need.requirements.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="card__meta">{t('outcomes.noRequirements')}</p>
      )}
      {need.outcome ? (
        <p className="notice notice--success" data-testid="outcome">
          {t('outcomes.measured', {
            value: formatNumber(need.outcome.realisedValue) + unit,
            date: formatDate(need.outcome.measuredOn),
            benefit: formatNumber(need.outcome.benefitRealisedPercent),
          })}
          {need.outcome.source ? ` (${need.outcome.source})` : ''}
        </p>
      ) : null}
      {canRecord ? <IndicatorForm procurementId={procurementId} need={need} /> : null}
    </>
  )
}

function IndicatorForm({ procurementId, need }: { procurementId: string; need: Need }) {
  const { t } = useI18n()
  const id = useId()
  const record = useRecordIndicator(procurementId)
  const [value, setValue] = useState(need.outcome ? String(need.outcome.realisedValue) : '')
  const [date, setDate] = useState(need.outcome?.measuredOn ?? '')
  const [source, setSource] = useState(need.outcome?.source ?? '')
  const [benefit, setBenefit] = useState(need.outcome ? String(need.outcome.benefitRealisedPercent) : '')
  const [status, setStatus] = useState<string | null>(null)
  const errors = fieldErrorsOf(record.error, t)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    record.mutate(
      {
        needId: need.needId,
        realisedValue: Number(value.replace(',', '.')),
        measuredOn: date,
        source: source.trim() || null,
        benefitRealisedPercent: Number(benefit),
      },
      { onSuccess: () => setStatus(t('outcomes.recorded')) },
    )
  }
  return (
    <form className="form form--inline" onSubmit={submit} aria-label={t('outcomes.recordFor', { need: need.statement })}>
      <LiveStatus message={status} />
      <TextField id={`${id}-value`} label={t('outcomes.realisedIn', { unit: need.unit ?? '' })} inputMode="decimal" required
        value={value} onChange={(e) => setValue(e.target.value)} error={errors.realisedValue} />
      <TextField id={`${id}-date`} label={t('outcomes.measuredOn')} type="date" required value={date}
        onChange={(e) => setDate(e.target.value)} error={errors.measuredOn} />
      <TextField id={`${id}-source`} label={t('outcomes.source')} maxLength={500} value={source} onChange={(e) => setSource(e.target.value)} />
      <TextField id={`${id}-benefit`} label={t('outcomes.benefitPercent')} type="number" min={0} max={100} required
        value={benefit} onChange={(e) => setBenefit(e.target.value)} error={errors.benefitRealisedPercent} />
      {record.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={record.error} /> : null}
      <button type="submit" className="button button--secondary" disabled={record.isPending}>
        {t('outcomes.record')}
      </button>
    </form>
  )
}
