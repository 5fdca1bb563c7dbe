import { EmptyState } from '@/components/empty-state'
import { TableScroll } from '@/components/table-scroll'
import { useI18n } from '@/lib/i18n/i18n'

import type { VendorOrganisation } from '../api/get-vendor-organisations'

export function VendorOrganisationsTable({ organisations }: { organisations: readonly VendorOrganisation[] }) {
  const { t, formatNumber } = useI18n()
  if (organisations.length === 0) {
    return (
      <EmptyState title={t('platform.vendorsEmptyTitle')}>
        <p>{t('platform.vendorsEmptyBody')}</p>
      </EmptyState>
    )
  }
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  return (
    <TableScroll label={t('platform.vendorsHeading')}>
      <table className="table" data-testid="vendor-organisations-table">
        <caption className="visually-hidden">{t('platform.vendorsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('platform.name')}</th>
            <th scope="col">{t('platform.organisationNumber')}</th>
            <th scope="col" className="table__number">
              {t('platform.userCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row">{organisation.name}</th>
              <td>{organisation.organisationNumber}</td>
              <td className="table__number">{formatNumber(organisation.userCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
