import { Link } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useI18n } from '@/lib/i18n/i18n'

import { useVendorProcurements } from '../api/get-vendor-procurements'

/** A vendor's procurements: those its organisation is invited to. */
export function VendorProcurementsPage() {
  const { t, formatDateTime } = useI18n()
  const procurements = useVendorProcurements()
  return (
    <Page title={t('vendor.listTitle')} lead={t('vendor.listLead')}>
      {procurements.isPending ? (
        <Loading />
      ) : procurements.isError ? (
        <ErrorAlert error={procurements.error} title={t('vendor.loadFailed')} />
      ) : procurements.data.length === 0 ? (
        <EmptyState title={t('vendor.none')} />
      ) : (
        <ul className="library-list" data-testid="vendor-procurements">
          {procurements.data.map((p) => (
            <li key={p.id} className="requirement-card">
              <h2 className="h3">
                <Link to={`/upphandlingar/${encodeURIComponent(p.id)}`}>{p.title}</Link>
              </h2>
              <p className="card__meta">
                {t('vendor.buyer')}: {p.buyer} ·{' '}
                {p.publication
                  ? `${t('vendor.deadline')}: ${formatDateTime(p.publication.tenderDeadline)}`
                  : t('vendor.notPublished')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  )
}
