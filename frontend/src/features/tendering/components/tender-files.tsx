import { useId } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { FileList } from '@/components/file-list'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

import { openedTenderAttachmentHref, useOpenedTenderAttachments } from '../api/get-tender-attachments'

export interface TenderOf {
  vendorOrganisationId: string
  vendorName: string
}

/**
 * The files of the opened tenders, vendor by vendor, as submitted: each a download link with its
 * size and SHA-256 (what the record keeps, so that anyone can check which file was opened). Shown
 * only once the tenders are opened; a sealed answer shows nothing.
 */
export function TenderFiles({ procurementId, tenders }: { procurementId: string; tenders: readonly TenderOf[] }) {
  const { t } = useI18n()
  const id = useId()
  return (
    <section aria-labelledby={`${id}-heading`} data-testid="opened-tender-files">
      <h3 id={`${id}-heading`}>{t('tendering.files.heading')}</h3>
      <p className="card__meta">{t('tendering.files.lead')}</p>
      {tenders.map((tender) => (
        <VendorFiles key={tender.vendorOrganisationId} procurementId={procurementId} tender={tender} />
      ))}
    </section>
  )
}

function VendorFiles({ procurementId, tender }: { procurementId: string; tender: TenderOf }) {
  const { t, formatDateTime } = useI18n()
  const files = useOpenedTenderAttachments(procurementId, tender.vendorOrganisationId)
  if (files.data === 'sealed') return null
  return (
    <div className="tender-files" data-testid="opened-tender-files-of">
      <h4>{tender.vendorName}</h4>
      {files.isPending ? (
        <Loading />
      ) : files.isError ? (
        <ErrorAlert error={files.error} title={t('tendering.files.loadFailed')} />
      ) : files.data.length === 0 ? (
        <p className="card__meta">{t('tendering.files.none')}</p>
      ) : (
        <FileList
          label={t('tendering.files.listLabel', { vendor: tender.vendorName })}
          files={files.data}
          testIdPrefix="opened-tender-file"
          href={(file) => openedTenderAttachmentHref(procurementId, tender.vendorOrganisationId, file.id)}
          meta={(file) => <p className="card__meta">{t('tendering.files.addedAt', { at: formatDateTime(file.addedAt) })}</p>}
        />
      )}
    </div>
  )
}
