import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const SURVEY_QUESTIONS = ['EASE_OF_USE', 'SUPPORTS_WORK', 'RELIABILITY', 'VENDOR_SUPPORT'] as const
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number]

const nullableNumber = z.number().nullish().transform((v) => v ?? null)
const nullableText = z.string().nullish().transform((v) => v ?? null)
const nullableBoolean = z.boolean().nullish().transform((v) => v ?? null)
const perQuestion = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ EASE_OF_USE: value, SUPPORTS_WORK: value, RELIABILITY: value, VENDOR_SUPPORT: value })

export const followUpSchema = z.object({
  procurementId: z.string(),
  title: z.string(),
  phase: z.string(),
  status: z.enum(['NOT_OPENED', 'OPEN', 'CLOSED']),
  canOpen: z.boolean(),
  openedAt: nullableText,
  closedAt: nullableText,
  needs: z.array(
    z.object({
      needId: z.string(),
      statement: z.string(),
      indicator: nullableText,
      baseline: nullableNumber,
      target: nullableNumber,
      unit: nullableText,
      requirements: z.array(z.string()),
      outcome: z
        .object({ realisedValue: z.number(), measuredOn: z.string(), source: nullableText, benefitRealisedPercent: z.number() })
        .nullish()
        .transform((v) => v ?? null),
    }),
  ),
  benefitRealisedPercent: nullableNumber,
  facts: z
    .object({
      deliveryQuality: nullableNumber,
      deliveryComment: nullableText,
      adoptionPercent: nullableNumber,
      yearlyCostPerPupilSek: nullableNumber,
      openFormatExport: nullableBoolean,
      exitPlanDocumented: nullableBoolean,
    })
    .nullish()
    .transform((v) => v ?? null),
  survey: z
    .object({
      responses: z.number(),
      averages: perQuestion(z.number()).partial(),
      distribution: perQuestion(z.array(z.number())),
      comments: z.array(z.string()),
      mine: z
        .object({ ratings: perQuestion(z.number()), comment: nullableText })
        .nullish()
        .transform((v) => v ?? null),
    })
    .nullish()
    .transform((v) => v ?? null),
})
export type FollowUp = z.infer<typeof followUpSchema>

export const followUpKey = (procurementId: string) => ['follow-up', procurementId] as const
export const followUpPath = (procurementId: string, rest = '') =>
  `/api/procurements/${encodeURIComponent(procurementId)}/follow-up${rest}`

/** A procurement's follow-up: needs → requirements → outcome, the facts and the survey's distribution. */
export function useFollowUp(procurementId: string) {
  return useQuery({
    queryKey: followUpKey(procurementId),
    queryFn: ({ signal }) => apiRequest(followUpPath(procurementId), { schema: followUpSchema, signal }),
  })
}
