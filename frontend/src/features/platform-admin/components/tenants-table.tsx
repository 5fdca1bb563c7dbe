import { EmptyState } from '@/components/empty-state'
import { TableScroll } from '@/components/table-scroll'
import { useI18n } from '@/lib/i18n/i18n'

import type { Tenant } from '../api/get-tenants'
import { KIND_LABELS, SIZE_BAND_LABELS } from './labels'

export function TenantsTable({ tenants }: { tenants: readonly Tenant[] }) {
  const { t, formatNumber } = useI18n()
  if (tenants.length === 0) {
    return (
      <EmptyState title={t('platform.tenantsEmptyTitle')}>
        <p>{t('platform.tenantsEmptyBody')}</p>
      </EmptyState>
    )
  }
  const sorted = [...tenants].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  return (
    <TableScroll label={t('platform.tenantsHeading')}>
      <table className="table" data-testid="tenants-table">
        <caption className="visually-hidden">{t('platform.tenantsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('platform.name')}</th>
            <th scope="col">{t('platform.organisationNumber')}</th>
            <th scope="col">{t('platform.kind')}</th>
            <th scope="col">{t('platform.county')}</th>
            <th scope="col" className="table__number">
              {t('platform.pupils')}
            </th>
            <th scope="col">{t('platform.sizeBand')}</th>
            <th scope="col" className="table__number">
              {t('platform.memberCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((tenant) => (
            <tr key={tenant.id}>
              <th scope="row">{tenant.name}</th>
              <td>{tenant.organisationNumber}</td>
              <td>{t(KIND_LABELS[tenant.kind])}</td>
              <td>{tenant.county}</td>
              <td className="table__number">{formatNumber(tenant.pupils)}</td>
              <td>{t(SIZE_BAND_LABELS[tenant.sizeBand])}</td>
              <td className="table__number">{formatNumber(tenant.memberCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
