import { z } from 'zod'

import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { type Benefit, benefitSchema, NEED_STATUSES, needFieldOf, PRIORITIES } from '../api/get-needs'
import { PRIORITY_LABELS, STATUS_LABELS } from './labels'

/** "60 → 30 minuter per vecka": the arrow is read out as a word. */
export function BenefitMeasure({ benefit }: { benefit: Benefit }) {
  const { t, formatNumber } = useI18n()
  const { baseline, target, unit } = benefit
  if (baseline === null && target === null) return null
  const suffix = unit ? ` ${unit}` : ''
  if (baseline !== null && target !== null) {
    return (
      <span className="benefit__measure" data-testid="benefit-measure">
        {formatNumber(baseline)}{' '}
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('need.benefitTo')}</span> {formatNumber(target)}
        {suffix}
      </span>
    )
  }
  return (
    <span className="benefit__measure" data-testid="benefit-measure">
      {baseline !== null
        ? t('need.benefitBaselineOnly', { value: formatNumber(baseline) })
        : t('need.benefitTargetOnly', { value: formatNumber(target ?? 0) })}
      {suffix}
    </span>
  )
}

export function BenefitSummary({ benefit }: { benefit: Benefit }) {
  const { t } = useI18n()
  const hasMeasure = benefit.indicator !== null || benefit.baseline !== null || benefit.target !== null
  if (!benefit.description && !hasMeasure) return <span className="muted">{t('need.empty')}</span>
  return (
    <span className="benefit">
      {benefit.description ? <span className="benefit__description">{benefit.description}</span> : null}
      {hasMeasure ? (
        <span className="benefit__indicator">
          {benefit.indicator ? <span>{benefit.indicator}: </span> : null}
          <BenefitMeasure benefit={benefit} />
        </span>
      ) : null}
    </span>
  )
}

/**
 * The value of a need's field in words: process map names, priority and status in the current
 * language, the benefit with its measure. Works on whatever the server sent (history entries
 * carry untyped values); what it cannot read it shows as text.
 */
export function FieldValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useI18n()
  const labels = useProcessMapLabels()
  const needField = needFieldOf(field) ?? field
  if (value === null || value === undefined || value === '') return <span className="muted">{t('need.empty')}</span>
  if (needField === 'benefit') {
    const benefit = benefitSchema.safeParse(value)
    if (benefit.success) return <BenefitSummary benefit={benefit.data} />
  }
  if (typeof value === 'string') {
    if (needField === 'perspective') return <>{labels.perspective(value)}</>
    if (needField === 'schoolProcess') return <>{labels.schoolProcess(value)}</>
    const priority = z.enum(PRIORITIES).safeParse(value)
    if (needField === 'priority' && priority.success) return <>{t(PRIORITY_LABELS[priority.data])}</>
    const status = z.enum(NEED_STATUSES).safeParse(value)
    if (needField === 'status' && status.success) return <>{t(STATUS_LABELS[status.data])}</>
    return <>{value}</>
  }
  if (typeof value === 'number' || typeof value === 'boolean') return <>{String(value)}</>
  return <>{JSON.stringify(value)}</>
}
