import { type FormEvent, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { RadioGroup } from '@/components/radio-group'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { useI18n } from '@/lib/i18n/i18n'

import type { FollowUp } from '../api/get-follow-up'
import { useRecordFacts } from '../api/record-facts'

type YesNo = 'yes' | 'no'
const yesNo = (value: boolean | null): YesNo | '' => (value === null ? '' : value ? 'yes' : 'no')

/** Delivery and support quality, adoption, the yearly cost per pupil and the exit check. */
export function FactsSection({ followUp, canRecord }: { followUp: FollowUp; canRecord: boolean }) {
  const { t, formatNumber } = useI18n()
  const id = useId()
  const facts = followUp.facts
  const shown = (value: number | null, suffix = '') => (value === null ? t('outcomes.notRecorded') : formatNumber(value) + suffix)
  const bool = (value: boolean | null) => (value === null ? t('outcomes.notRecorded') : value ? t('outcomes.yes') : t('outcomes.no'))
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="follow-up-facts-section">
      <h2 id={`${id}-heading`}>{t('outcomes.factsHeading')}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('outcomes.deliveryQuality')}</dt>
          <dd>
            {shown(facts?.deliveryQuality ?? null, ' / 5')}
            {facts?.deliveryComment ? ` – ${facts.deliveryComment}` : ''}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('outcomes.adoption')}</dt>
          <dd>{shown(facts?.adoptionPercent ?? null, ' %')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('outcomes.costPerPupil')}</dt>
          <dd>{shown(facts?.yearlyCostPerPupilSek ?? null, ' kr')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('outcomes.openFormatExport')}</dt>
          <dd>{bool(facts?.openFormatExport ?? null)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('outcomes.exitPlan')}</dt>
          <dd>{bool(facts?.exitPlanDocumented ?? null)}</dd>
        </div>
      </dl>
      {canRecord ? <FactsForm followUp={followUp} /> : null}
    </section>
  )
}

function FactsForm({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n()
  const id = useId()
  const record = useRecordFacts(followUp.procurementId)
  const facts = followUp.facts
  const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v))
  const [quality, setQuality] = useState(text(facts?.deliveryQuality))
  const [comment, setComment] = useState(facts?.deliveryComment ?? '')
  const [adoption, setAdoption] = useState(text(facts?.adoptionPercent))
  const [cost, setCost] = useState(text(facts?.yearlyCostPerPupilSek))
  const [exportable, setExportable] = useState<YesNo | ''>(yesNo(facts?.openFormatExport ?? null))
  const [exitPlan, setExitPlan] = useState<YesNo | ''>(yesNo(facts?.exitPlanDocumented ?? null))
  const [status, setStatus] = useState<string | null>(null)
  const errors = fieldErrorsOf(record.error, t)
  const number = (v: string) => (v.trim() === '' ? null : Number(v.replace(',', '.')))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    record.mutate(
      {
        deliveryQuality: number(quality),
        deliveryComment: comment.trim() || null,
        adoptionPercent: number(adoption),
        yearlyCostPerPupilSek: number(cost),
        openFormatExport: exportable === '' ? null : exportable === 'yes',
        exitPlanDocumented: exitPlan === '' ? null : exitPlan === 'yes',
      },
      { onSuccess: () => setStatus(t('outcomes.recorded')) },
    )
  }
  const yesNoOptions = [
    { value: 'yes' as const, label: t('outcomes.yes') },
    { value: 'no' as const, label: t('outcomes.no') },
  ]
  return (
    <form className="form" onSubmit={submit} aria-label={t('outcomes.factsForm')}>
      <LiveStatus message={status} />
      <RadioGroup id={`${id}-quality`} legend={t('outcomes.deliveryQuality')} inline value={quality as '1'}
        options={(['1', '2', '3', '4', '5'] as const).map((v) => ({ value: v, label: v }))} onChange={setQuality}
        error={errors.deliveryQuality} />
      <TextAreaField id={`${id}-comment`} label={t('outcomes.deliveryComment')} rows={2} maxLength={2000} value={comment}
        onChange={(e) => setComment(e.target.value)} />
      <TextField id={`${id}-adoption`} label={t('outcomes.adoptionField')} hint={t('outcomes.adoptionHint')} type="number" min={0}
        max={100} step={1} value={adoption} onChange={(e) => setAdoption(e.target.value)} error={errors.adoptionPercent} />
      <TextField id={`${id}-cost`} label={t('outcomes.costField')} hint={t('outcomes.costHint')} type="number" min={0} step={1}
        value={cost} onChange={(e) => setCost(e.target.value)} error={errors.yearlyCostPerPupilSek} />
      <RadioGroup id={`${id}-export`} legend={t('outcomes.openFormatExport')} inline value={exportable} options={yesNoOptions}
        onChange={setExportable} />
      <RadioGroup id={`${id}-exit`} legend={t('outcomes.exitPlan')} inline value={exitPlan} options={yesNoOptions} onChange={setExitPlan} />
      {record.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={record.error} /> : null}
      <button type="submit" className="button" disabled={record.isPending}>
        {t('outcomes.saveFacts')}
      </button>
    </form>
  )
}
