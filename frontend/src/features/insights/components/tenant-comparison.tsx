import { useId } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { TableScroll } from '@/components/table-scroll'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { useComparison } from '../api/get-comparison'
import { metricLabel, useFigures } from './figures'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** "You" and "similar huvudmän": the tenant's own medians beside the same category and size band. */
export function TenantComparison() {
  const { t } = useI18n()
  const id = useId()
  const labels = useProcessMapLabels()
  const figures = useFigures()
  const comparison = useComparison(true)
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="tenant-comparison">
      <h2 id={`${id}-heading`}>{t('insights.comparisonHeading')}</h2>
      {comparison.isPending ? (
        <Loading />
      ) : comparison.isError ? (
        <ErrorAlert error={comparison.error} />
      ) : comparison.data.categories.length === 0 ? (
        <p>{t('insights.noOwnFigures')}</p>
      ) : (
        <>
          <p className="panel__lead">
            {t('insights.comparisonLead', { size: lowerFirst(t(`insights.size.${comparison.data.sizeBand ?? 'MEDIUM'}` as MessageKey)) })}
          </p>
          {comparison.data.categories.map((category) => (
            <TableScroll key={category.productCategory}
              label={t('insights.comparisonCaption', { category: labels.schoolProcess(category.productCategory), count: category.yourProcurements })}>
              <table className="table" data-testid="comparison-table">
                <caption>{t('insights.comparisonCaption', { category: labels.schoolProcess(category.productCategory), count: category.yourProcurements })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('insights.figure')}</th>
                    <th scope="col">{t('insights.you')}</th>
                    <th scope="col">{t('insights.similar')}</th>
                  </tr>
                </thead>
                <tbody>
                  {category.rows.map((row) => (
                    <tr key={row.metric}>
                      <th scope="row">{t(metricLabel(row.metric))}</th>
                      <td>{figures.value(row.metric, row.you)}</td>
                      <td>
                        {figures.cell(row.metric, row.similar)}
                        {figures.spread(row.metric, row.similar) ? <span className="card__meta"> ({figures.spread(row.metric, row.similar)})</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ))}
        </>
      )}
    </section>
  )
}
