import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { tenderAttachmentSchema } from '@/lib/tender-attachment'

import { vendorProcurementPath as base } from './common'

export const tenderAttachmentsPath = (id: string) => `${base(id)}/tender/attachments`

/** The download route (`Content-Disposition: attachment`): a plain link saves the file. */
export const tenderAttachmentHref = (id: string, attachmentId: string) => `${tenderAttachmentsPath(id)}/${encodeURIComponent(attachmentId)}`

/** Under the own tender's key: whatever refreshes the tender (a file added or removed) refreshes its files too. */
export const tenderAttachmentsKey = (id: string) => ['vendor', id, 'tender', 'attachments'] as const

/** The vendor's own tender's files, oldest first, removed ones left out. */
export function useTenderAttachments(id: string) {
  return useQuery({
    queryKey: tenderAttachmentsKey(id),
    queryFn: ({ signal }) => apiRequest(tenderAttachmentsPath(id), { schema: z.array(tenderAttachmentSchema), signal }),
  })
}
