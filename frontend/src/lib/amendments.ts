import { z } from 'zod'

/** An amendment of a published requirement set, as `GET …/amendments` and the vendor's view send it. */
export const amendmentSchema = z.object({
  number: z.number(),
  at: z.string(),
  setVersion: z.number(),
  requirementId: z.string(),
  withdrawn: z.boolean(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  reason: z.string(),
  closeToDeadline: z.boolean(),
})
export type Amendment = z.infer<typeof amendmentSchema>
