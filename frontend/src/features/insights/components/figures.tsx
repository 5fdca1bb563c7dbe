import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import type { Cell, Metric } from '../api/cell'

const UNITS: Record<Metric, string> = {
  SATISFACTION: ' / 5',
  BENEFIT_REALISED_PERCENT: ' %',
  DELIVERY_QUALITY: ' / 5',
  ADOPTION_PERCENT: ' %',
  YEARLY_COST_PER_PUPIL_SEK: ' kr',
  DAYS_FROM_FIRST_NEED_TO_AWARD: '',
  REQUIREMENT_COUNT: '',
  INTEROPERABILITY_STANDARD_SHARE_PERCENT: ' %',
  QUESTIONS_PER_PROCUREMENT: '',
}

export const metricLabel = (metric: string) => `insights.metric.${metric}` as MessageKey

/** Formats figures of a metric with their unit, and says why a suppressed cell has none. */
export function useFigures() {
  const { t, formatNumber } = useI18n()
  const value = (metric: string, figure: number | null) =>
    figure === null ? '–' : `${formatNumber(figure)}${UNITS[metric as Metric] ?? ''}`
  const cell = (metric: string, c: Cell) =>
    c.suppressed ? t(`insights.suppressed.${c.suppressed}` as MessageKey) : value(metric, c.median)
  const spread = (metric: string, c: Cell) =>
    c.suppressed || c.lowerQuartile === null || c.upperQuartile === null
      ? ''
      : t('insights.spread', { from: value(metric, c.lowerQuartile), to: value(metric, c.upperQuartile) })
  return { value, cell, spread }
}

/** One figure as a card: the median with its quartiles and how many huvudmän stand behind it, or why it is hidden. */
export function MetricCard({ metric, cell }: { metric: string; cell: Cell }) {
  const { t } = useI18n()
  const figures = useFigures()
  return (
    <div className="insights-card" data-testid={`metric-${metric}`}>
      <p className="insights-card__label">{t(metricLabel(metric))}</p>
      {cell.suppressed ? (
        <p className="insights-card__suppressed">{figures.cell(metric, cell)}</p>
      ) : (
        <>
          <p className="insights-card__value">{figures.cell(metric, cell)}</p>
          <p className="card__meta">{figures.spread(metric, cell)}</p>
        </>
      )}
      {cell.tenants !== null && cell.contributions !== null ? (
        <p className="card__meta">{t('insights.basis', { tenants: cell.tenants, procurements: cell.contributions })}</p>
      ) : null}
    </div>
  )
}
