import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import { ProblemDetailsError } from '@/lib/api/api-errors'
import { type TenderAttachment, tenderAttachmentSchema } from '@/lib/tender-attachment'

import { procurementPath } from './common'

const attachmentsPath = (procurementId: string, vendorOrganisationId: string) =>
  procurementPath(procurementId, `/tenders/${encodeURIComponent(vendorOrganisationId)}/attachments`)

/** The download route (`Content-Disposition: attachment`): a plain link saves the file. */
export const openedTenderAttachmentHref = (procurementId: string, vendorOrganisationId: string, attachmentId: string) =>
  `${attachmentsPath(procurementId, vendorOrganisationId)}/${encodeURIComponent(attachmentId)}`

/**
 * The files of one vendor's tender as submitted, once the tenders are opened; `sealed` for `409
 * evaluation.sealed` (asked only after opening, but the server's word is the last one). Under the
 * opened tenders' key, so that what refreshes them refreshes these.
 */
export function useOpenedTenderAttachments(procurementId: string, vendorOrganisationId: string) {
  return useQuery({
    queryKey: ['tenders', procurementId, vendorOrganisationId, 'attachments'],
    queryFn: async ({ signal }): Promise<TenderAttachment[] | 'sealed'> => {
      try {
        return await apiRequest(attachmentsPath(procurementId, vendorOrganisationId), { schema: z.array(tenderAttachmentSchema), signal })
      } catch (error) {
        if (error instanceof ProblemDetailsError && error.code === 'evaluation.sealed') return 'sealed'
        throw error
      }
    },
  })
}
