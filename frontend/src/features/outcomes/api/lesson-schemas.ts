import { z } from 'zod'

export const LESSON_CATEGORIES = [
  'NEEDS_AND_INVOLVEMENT',
  'MARKET_DIALOGUE',
  'REQUIREMENTS',
  'INTEROPERABILITY',
  'PRIVACY_AND_SECURITY',
  'ACCESSIBILITY',
  'EVALUATION_AND_AWARD',
  'CONTRACT_AND_PRICE',
  'IMPLEMENTATION_AND_TRAINING',
  'EXIT_AND_PORTABILITY',
] as const
export type LessonCategory = (typeof LESSON_CATEGORIES)[number]

const text = z.string().nullish().transform((v) => v ?? null)

/** A lesson with its review state: the tenant's own, or one in the staff's queue (which has no procurement). */
export const lessonSchema = z.object({
  id: z.string(),
  procurementId: text,
  whatWorked: text,
  whatToChange: text,
  category: z.enum(LESSON_CATEGORIES),
  phase: z.string(),
  status: z.enum(['SUBMITTED', 'APPROVED', 'REJECTED']),
  rejectionReason: text,
  submittedAt: z.string(),
  reviewedAt: text,
})
export type Lesson = z.infer<typeof lessonSchema>
