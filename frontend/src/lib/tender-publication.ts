import { z } from 'zod'

/** A published tender's dates and evaluation model, as both buyers and vendors read it. */
export const publicationSchema = z.object({
  publishedAt: z.string(),
  tenderDeadline: z.string(),
  lastQuestionDay: z.string(),
  answersDueBy: z.string(),
  evaluationModel: z.enum(['LOWEST_PRICE', 'PRICE_AND_QUALITY']),
  accelerated: z.boolean(),
  requirementSetVersion: z.number(),
  qualityValueSek: z.number().nullish().transform((v) => v ?? null),
})
export type Publication = z.infer<typeof publicationSchema>
