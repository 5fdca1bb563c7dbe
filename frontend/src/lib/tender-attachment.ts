import { z } from 'zod'

/**
 * A file of a tender (`TenderAttachmentView`), as the vendor reads its own and the buyer's team
 * those of an opened tender. `submitted`: part of the tender as last submitted (always true in the
 * team's list, which shows the tender as submitted).
 */
export const tenderAttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  addedAt: z.string(),
  submitted: z.boolean(),
})
export type TenderAttachment = z.infer<typeof tenderAttachmentSchema>
