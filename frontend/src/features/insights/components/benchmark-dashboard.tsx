import { useId, useState } from 'react'
import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, Line, LineChart, XAxis, YAxis } from 'recharts'

import { ChartWithTable } from '@/components/chart-with-table'
import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { SelectField } from '@/components/select-field'
import { TableScroll } from '@/components/table-scroll'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'
import { CATEGORY_LABELS, REQUIREMENT_CATEGORIES, type RequirementCategory } from '@/lib/requirement-taxonomy'

import { type Cell, SIZE_BANDS } from '../api/cell'
import { type Benchmarks, useBenchmarks } from '../api/get-benchmarks'
import { useTemplateTitles } from '../api/get-template-titles'
import { metricLabel, MetricCard, useFigures } from './figures'

/** Metrics on a 0–100 % scale, shown together in one chart. */
const SHARES = ['BENEFIT_REALISED_PERCENT', 'ADOPTION_PERCENT', 'INTEROPERABILITY_STANDARD_SHARE_PERCENT']

/** Benchmarks across huvudmän: filters, the figures, the requirement mix, trends and the requirement library. */
export function BenchmarkDashboard() {
  const { t } = useI18n()
  const id = useId()
  const labels = useProcessMapLabels()
  const [category, setCategory] = useState('')
  const [sizeBand, setSizeBand] = useState('')
  const benchmarks = useBenchmarks(category, sizeBand)
  const categories = Object.entries(benchmarks.data?.categories ?? {})
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="benchmark-dashboard">
      <h2 id={`${id}-heading`}>{t('insights.dashboardHeading')}</h2>
      <p className="panel__lead">{t('insights.dashboardLead')}</p>
      <div className="form form--inline">
        <SelectField id={`${id}-category`} label={t('insights.category')} value={category} onChange={(e) => setCategory(e.target.value)}
          options={[{ value: '', label: t('insights.allCategories') },
            ...categories.map(([c, n]) => ({ value: c, label: n === null ? labels.schoolProcess(c) : t('insights.categoryOption', { name: labels.schoolProcess(c), count: n }) }))]} />
        <SelectField id={`${id}-size`} label={t('insights.sizeBand')} value={sizeBand} onChange={(e) => setSizeBand(e.target.value)}
          options={[{ value: '', label: t('insights.allSizes') }, ...SIZE_BANDS.map((b) => ({ value: b, label: t(`insights.size.${b}` as MessageKey) }))]} />
      </div>
      {benchmarks.isPending ? (
        <Loading />
      ) : benchmarks.isError ? (
        <ErrorAlert error={benchmarks.error} />
      ) : categories.length === 0 ? (
        <EmptyState title={t('insights.noData')} />
      ) : (
        <Figures benchmarks={benchmarks.data} />
      )}
    </section>
  )
}

/** Nothing to draw: every cell suppressed or without a median. */
const nothingToDraw = (cells: readonly Cell[]) => cells.every((c) => c.suppressed !== null || c.median === null)

function Figures({ benchmarks }: { benchmarks: Benchmarks }) {
  const { t, language } = useI18n()
  const figures = useFigures()
  const titles = useTemplateTitles(benchmarks.library.length > 0)
  // the key until the titles are in, and for a template the library no longer knows
  const templateTitle = (key: string) => {
    const title = titles.data?.get(key)
    return title ? (language === 'en' && title.en ? title.en : title.sv) : key
  }
  const shares = benchmarks.metrics.filter((m) => SHARES.includes(m.key))
  const errorBar = (c: Cell) => (c.median === null ? [0, 0] : [c.median - (c.lowerQuartile ?? c.median), (c.upperQuartile ?? c.median) - c.median])
  const mixLabel = (key: string) =>
    (REQUIREMENT_CATEGORIES as readonly string[]).includes(key) ? t(CATEGORY_LABELS[key as RequirementCategory]) : key
  return (
    <>
      <div className="insights-grid">
        {benchmarks.metrics.map((cell) => (
          <MetricCard key={cell.key} metric={cell.key} cell={cell} />
        ))}
      </div>
      <ChartWithTable
        title={t('insights.sharesChart')}
        testId="shares-chart"
        empty={nothingToDraw(shares) ? t('insights.chartSuppressed') : undefined}
        table={{
          columns: [t('insights.figure'), t('insights.median'), t('insights.quartiles'), t('insights.tenants')],
          rows: shares.map((c) => [t(metricLabel(c.key)), figures.cell(c.key, c), figures.spread(c.key, c), c.tenants === null ? '–' : t('insights.atLeast', { count: c.tenants })]),
        }}
        chart={
          <BarChart width={640} height={220} data={shares.map((c) => ({ name: t(metricLabel(c.key)), median: c.median ?? 0, spread: errorBar(c) }))}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={{ fontSize: 11 }} />
            <YAxis domain={[0, 100]} unit=" %" />
            <Bar dataKey="median" fill="#1d5f8a">
              <ErrorBar dataKey="spread" width={6} stroke="#333" />
            </Bar>
          </BarChart>
        }
      />
      {benchmarks.mix.length > 0 ? (
        <ChartWithTable
          title={t('insights.mixChart')}
          testId="mix-chart"
          empty={nothingToDraw(benchmarks.mix) ? t('insights.chartSuppressed') : undefined}
          table={{
            columns: [t('insights.requirementCategory'), t('insights.medianShare')],
            rows: benchmarks.mix.map((c) => [mixLabel(c.key), c.suppressed ? figures.cell('', c) : `${figures.value('INTEROPERABILITY_STANDARD_SHARE_PERCENT', c.median)}`]),
          }}
          chart={
            <BarChart width={640} height={40 + benchmarks.mix.length * 28} layout="vertical"
              data={benchmarks.mix.map((c) => ({ name: mixLabel(c.key), share: c.median ?? 0 }))}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" unit=" %" />
              <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 11 }} />
              <Bar dataKey="share" fill="#6aa84f" />
            </BarChart>
          }
        />
      ) : null}
      {benchmarks.trends.length > 0 ? (
        <ChartWithTable
          title={t('insights.trendChart')}
          testId="trend-chart"
          empty={nothingToDraw(benchmarks.trends.flatMap((tr) => [tr.satisfaction, tr.benefitRealisedPercent])) ? t('insights.chartSuppressed') : undefined}
          table={{
            columns: [t('insights.quarter'), t('insights.metric.SATISFACTION'), t('insights.metric.BENEFIT_REALISED_PERCENT')],
            rows: benchmarks.trends.map((tr) => [tr.quarter, figures.cell('SATISFACTION', tr.satisfaction),
              figures.cell('BENEFIT_REALISED_PERCENT', tr.benefitRealisedPercent)]),
          }}
          chart={
            <LineChart width={640} height={240}
              data={benchmarks.trends.map((tr) => ({ quarter: tr.quarter, satisfaction: tr.satisfaction.median, benefit: tr.benefitRealisedPercent.median }))}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="quarter" />
              <YAxis yAxisId="rating" domain={[1, 5]} />
              <YAxis yAxisId="share" orientation="right" domain={[0, 100]} unit=" %" />
              <Legend />
              <Line yAxisId="rating" dataKey="satisfaction" name={t('insights.metric.SATISFACTION')} stroke="#1d5f8a" connectNulls={false} />
              <Line yAxisId="share" dataKey="benefit" name={t('insights.metric.BENEFIT_REALISED_PERCENT')} stroke="#e8833a" connectNulls={false} />
            </LineChart>
          }
        />
      ) : null}
      {benchmarks.trends.some((tr) => tr.satisfaction.suppressed) ? <p className="card__meta">{t('insights.trendGaps')}</p> : null}
      {benchmarks.library.length > 0 ? (
        <>
          <h3>{t('insights.libraryHeading')}</h3>
          <TableScroll label={t('insights.libraryHeading')}>
            <table className="table" data-testid="library-table">
              <thead>
                <tr>
                  <th scope="col">{t('insights.template')}</th>
                  <th scope="col">{t('insights.used')}</th>
                  <th scope="col">{t('insights.metric.SATISFACTION')}</th>
                  <th scope="col">{t('insights.metric.BENEFIT_REALISED_PERCENT')}</th>
                </tr>
              </thead>
              <tbody>
                {benchmarks.library.map((use) => (
                  <tr key={use.templateKey}>
                    <th scope="row">{templateTitle(use.templateKey)}</th>
                    <td className="table__number">{use.procurements === null ? t('insights.fewerThanFive') : t('insights.atLeast', { count: use.procurements })}</td>
                    <td>{figures.cell('SATISFACTION', use.satisfaction)}</td>
                    <td>{figures.cell('BENEFIT_REALISED_PERCENT', use.benefitRealisedPercent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </>
  )
}
