import { Link } from 'react-router'

import { TableScroll } from '@/components/table-scroll'
import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import type { ProcurementSummary } from '../api/get-procurements'
import { PHASE_LABELS, PROCEDURE_LABELS } from './labels'

export function ProcurementsTable({
  procurements,
  caption,
}: {
  procurements: readonly ProcurementSummary[]
  caption: string
}) {
  const { t, formatNumber } = useI18n()
  const labels = useProcessMapLabels()
  // most recently worked on first
  const sorted = [...procurements].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return (
    <TableScroll label={caption}>
      <table className="table" data-testid="procurements-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('procurement.title')}</th>
            <th scope="col">{t('procurement.category')}</th>
            <th scope="col">{t('procurement.phase')}</th>
            <th scope="col" className="table__number">
              {t('procurements.teamSize')}
            </th>
            <th scope="col" className="table__number">
              {t('procurements.needCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((procurement) => (
            <tr key={procurement.id} data-testid="procurement-row">
              <th scope="row">
                <Link to={`/upphandlingar/${encodeURIComponent(procurement.id)}`}>{procurement.title}</Link>
                <span className="table__secondary">{t(PROCEDURE_LABELS[procurement.procedure])}</span>
              </th>
              <td>{labels.schoolProcess(procurement.category)}</td>
              <td>
                <span className={`badge badge--phase badge--phase-${procurement.phase.toLowerCase()}`}>
                  {t(PHASE_LABELS[procurement.phase])}
                </span>
              </td>
              <td className="table__number">{formatNumber(procurement.teamSize)}</td>
              <td className="table__number">{formatNumber(procurement.needCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
