import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const ATTACHMENT_TARGETS = ['PROCUREMENT', 'REQUIREMENT', 'ANSWER'] as const
/** What a file is attached to: the procurement, one of its requirements, or a question's answer. */
export type AttachmentTarget = (typeof ATTACHMENT_TARGETS)[number]

/** The team reads `/api/procurements/…`, an invited vendor `/api/vendor/procurements/…` (no `addedBy`). */
export type AttachmentScope = 'team' | 'vendor'

export const attachmentSchema = z.object({
  id: z.string(),
  target: z.enum(ATTACHMENT_TARGETS),
  targetId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** Who on the buyer's team added it; a vendor's list has no such field. */
  addedBy: z
    .object({ id: z.string(), name: z.string() })
    .nullish()
    .transform((value) => value ?? null),
  addedAt: z.string(),
})

export type Attachment = z.infer<typeof attachmentSchema>

export function attachmentsPath(procurementId: string, scope: AttachmentScope): string {
  const base = scope === 'vendor' ? '/api/vendor/procurements' : '/api/procurements'
  return `${base}/${encodeURIComponent(procurementId)}/attachments`
}

/** The download route: it answers with `Content-Disposition: attachment`, so a plain link saves the file. */
export function attachmentHref(procurementId: string, scope: AttachmentScope, attachmentId: string): string {
  return `${attachmentsPath(procurementId, scope)}/${encodeURIComponent(attachmentId)}`
}

/**
 * All of a procurement's attachments in one query (a workspace shows them on many cards: one
 * request, not one per card). Keyed by procurement, so that the workspace's live stream refreshes it.
 */
export function attachmentsKey(procurementId: string, scope?: AttachmentScope) {
  return scope ? (['attachments', procurementId, scope] as const) : (['attachments', procurementId] as const)
}

/** The team: every attachment of the procurement; a vendor: what was published to vendors. Oldest first. */
export function getAttachments(procurementId: string, scope: AttachmentScope, signal?: AbortSignal): Promise<Attachment[]> {
  return apiRequest(attachmentsPath(procurementId, scope), { schema: z.array(attachmentSchema), signal })
}

export interface AttachmentsOf {
  target: AttachmentTarget
  /** For `PROCUREMENT` it may be left out. */
  targetId?: string
}

function belongsTo(attachment: Attachment, of: AttachmentsOf): boolean {
  return attachment.target === of.target && (of.target === 'PROCUREMENT' || attachment.targetId === of.targetId)
}

/** The attachments of one procurement, requirement or answer (filtered from the procurement's one list). */
export function useAttachments(procurementId: string, scope: AttachmentScope, of: AttachmentsOf) {
  return useQuery({
    queryKey: attachmentsKey(procurementId, scope),
    queryFn: ({ signal }) => getAttachments(procurementId, scope, signal),
    select: (attachments) => attachments.filter((attachment) => belongsTo(attachment, of)),
  })
}
