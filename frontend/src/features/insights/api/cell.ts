import { z } from 'zod'

const figure = z.number().nullish().transform((v) => v ?? null)

/** One benchmark figure; `suppressed` says why it may not be shown (and then there is no figure). */
export const cellSchema = z.object({
  key: z.string(),
  median: figure,
  lowerQuartile: figure,
  upperQuartile: figure,
  /** Published counts: rounded down to a multiple of 5 ("at least"); null on a suppressed cell. */
  contributions: figure,
  tenants: figure,
  suppressed: z.enum(['FEWER_THAN_5_TENANTS', 'DOMINATED_BY_TWO_TENANTS', 'COMPLEMENT_TOO_SMALL']).nullish().transform((v) => v ?? null),
})
export type Cell = z.infer<typeof cellSchema>

export const METRICS = [
  'SATISFACTION',
  'BENEFIT_REALISED_PERCENT',
  'DELIVERY_QUALITY',
  'ADOPTION_PERCENT',
  'YEARLY_COST_PER_PUPIL_SEK',
  'DAYS_FROM_FIRST_NEED_TO_AWARD',
  'REQUIREMENT_COUNT',
  'INTEROPERABILITY_STANDARD_SHARE_PERCENT',
  'QUESTIONS_PER_PROCUREMENT',
] as const
export type Metric = (typeof METRICS)[number]

export const SIZE_BANDS = ['SMALL', 'MEDIUM', 'LARGE', 'VERY_LARGE'] as const
