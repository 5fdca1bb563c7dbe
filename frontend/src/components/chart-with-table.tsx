import { type ReactNode, useId, useState } from 'react'

import { TableScroll } from '@/components/table-scroll'
import { useI18n } from '@/lib/i18n/i18n'

export interface ChartTable {
  columns: readonly string[]
  /** The first cell of each row is its heading. */
  rows: ReadonlyArray<ReadonlyArray<string>>
}

/**
 * A chart with the same figures as a table (WCAG 1.1.1): the chart is hidden from screen readers,
 * which get the table; anyone can switch to the table with the button. The chart is inert as well
 * as hidden: its SVG would otherwise take the keyboard focus inside a part screen readers do not
 * see (axe `aria-hidden-focus`). When `empty` says why there is nothing to draw (every figure
 * suppressed, say), that sentence stands where the chart's empty axes would.
 */
export function ChartWithTable({ title, chart, table, testId, empty }: {
  title: string
  chart: ReactNode
  table: ChartTable
  testId?: string
  empty?: string
}) {
  const { t } = useI18n()
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  const tableElement = (
    <table className="table" aria-labelledby={`${id}-title`}>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row[0]}>
            <th scope="row">{row[0]}</th>
            {row.slice(1).map((cell, i) => (
              <td key={i} className="table__number">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__caption">
        <span id={`${id}-title`}>{title}</span>{' '}
        <button type="button" className="button button--link" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </figcaption>
      {asTable ? (
        <TableScroll label={title}>{tableElement}</TableScroll>
      ) : (
        <>
          {empty ? (
            <p className="chart__empty" data-testid="chart-empty">
              {empty}
            </p>
          ) : (
            <div aria-hidden="true" inert className="chart__canvas">
              {chart}
            </div>
          )}
          {/* no scrolling box here: the copy for screen readers is never seen, nor scrolled */}
          <div className="visually-hidden">{tableElement}</div>
        </>
      )}
    </figure>
  )
}
