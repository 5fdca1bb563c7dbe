import { useFollowUpWrite } from './use-follow-up-write'

export interface IndicatorOutcome {
  needId: string
  /** In the need's own unit. */
  realisedValue: number
  measuredOn: string
  source: string | null
  benefitRealisedPercent: number
}

/** `BUYER`: what a need's indicator measured and how much of the promised benefit was realised. */
export const useRecordIndicator = (procurementId: string) =>
  useFollowUpWrite<IndicatorOutcome>(procurementId, 'PUT', (o) => `/indicators/${encodeURIComponent(o.needId)}`)
