import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { aPerson, tenantUser } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { InsightsPage } from '../insights-page'

const staff = () => aPerson({ id: 'staff-1', name: 'Ingrid', tenant: null, roles: ['ASSOCIATION_STAFF'] })
const cell = (key: string, median: number | null, suppressed: string | null = null) => ({
  key,
  median: suppressed ? null : median,
  lowerQuartile: suppressed ? null : (median ?? 0) - 1,
  upperQuartile: suppressed ? null : (median ?? 0) + 1,
  // published counts are rounded down to fives; a suppressed cell has none
  contributions: suppressed ? null : 10,
  tenants: suppressed ? null : 5,
  suppressed,
})
const BENCHMARKS = {
  productCategory: null,
  sizeBand: null,
  categories: { teaching: 10, attendance: null },
  metrics: [
    cell('SATISFACTION', 3.8),
    cell('BENEFIT_REALISED_PERCENT', 64),
    cell('YEARLY_COST_PER_PUPIL_SEK', null, 'FEWER_THAN_5_TENANTS'),
    cell('ADOPTION_PERCENT', null, 'DOMINATED_BY_TWO_TENANTS'),
    cell('DELIVERY_QUALITY', null, 'COMPLEMENT_TOO_SMALL'),
  ],
  mix: [cell('INTEROPERABILITY', 30)],
  trends: [{ quarter: '2026-Q1', satisfaction: cell('SATISFACTION', 3.5), benefitRealisedPercent: cell('BENEFIT_REALISED_PERCENT', 60) }],
  library: [
    { templateKey: 'lib-ss12000', procurements: 5, satisfaction: cell('SATISFACTION', 4), benefitRealisedPercent: cell('B', null, 'FEWER_THAN_5_TENANTS') },
    { templateKey: 'lib-rare', procurements: null, satisfaction: cell('SATISFACTION', null, 'FEWER_THAN_5_TENANTS'), benefitRealisedPercent: cell('B', null, 'FEWER_THAN_5_TENANTS') },
  ],
}
const PROCESS_MAP = {
  schoolProcesses: [{ id: 'teaching', sv: 'Undervisning', en: 'Teaching', description: { sv: '', en: '' } }, { id: 'attendance', sv: 'Frånvaro', en: 'Attendance', description: { sv: '', en: '' } }],
  perspectives: [],
}

describe('InsightsPage', () => {
  it('shows staff the figures that may be shown and why the others are not, filters by category and size, and has table views', async () => {
    const api = mockFetch({
      'GET /api/insights/benchmarks': BENCHMARKS,
      'GET /api/insights/benchmarks?category=teaching': BENCHMARKS,
      'GET /api/insights/benchmarks?category=teaching&sizeBand=SMALL': BENCHMARKS,
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/library/requirements?includeRetired=true': [{ key: 'lib-ss12000', titleSv: 'Elevdata enligt SS 12000', titleEn: null }],
    })
    const { user } = renderWithProviders(<InsightsPage />, { person: staff() })

    expect(await screen.findByTestId('metric-SATISFACTION')).toHaveTextContent('3,8 / 5')
    expect(screen.getByTestId('metric-SATISFACTION')).toHaveTextContent('hälften mellan 2,8 / 5 och 4,8 / 5')
    expect(screen.getByTestId('metric-YEARLY_COST_PER_PUPIL_SEK')).toHaveTextContent('Visas inte: färre än fem huvudmän')
    expect(screen.getByTestId('metric-ADOPTION_PERCENT')).toHaveTextContent('Visas inte: två huvudmän står för mer än 85 %')
    expect(screen.getByTestId('metric-DELIVERY_QUALITY')).toHaveTextContent('Visas inte: skillnaden mot en bredare siffra')
    expect(screen.getByTestId('metric-SATISFACTION')).toHaveTextContent('Minst 5 huvudmän, minst 10 upphandlingar')
    expect(screen.getByTestId('metric-ADOPTION_PERCENT')).not.toHaveTextContent('huvudmän, ')
    const library = screen.getByTestId('library-table')
    // the template's title from the library, not its key; a key the library does not know stays a key
    expect(await within(library).findByRole('row', { name: /Elevdata enligt SS 12000/ })).toHaveTextContent('minst 5')
    expect(library).not.toHaveTextContent('lib-ss12000')
    expect(within(library).getByRole('row', { name: /lib-rare/ })).toHaveTextContent('färre än 5 huvudmän')
    expect(screen.queryByTestId('tenant-comparison')).not.toBeInTheDocument()
    expect(within(screen.getByTestId('library-table')).getAllByText('Visas inte: färre än fem huvudmän').length).toBeGreaterThan(0)

    const trend = screen.getByTestId('trend-chart')
    await user.click(within(trend).getByRole('button', { name: 'Visa som tabell' }))
    expect(within(trend).getByRole('table')).toHaveTextContent('2026-Q1')

    await user.selectOptions(screen.getByLabelText('Produktkategori'), 'teaching')
    await user.selectOptions(screen.getByLabelText('Storlek'), 'SMALL')
    await vi.waitFor(() => expect(api.requestsTo('GET', '/api/insights/benchmarks?category=teaching&sizeBand=SMALL')).toHaveLength(1))
    expect(screen.getByRole('option', { name: 'Undervisning (minst 10)' })).toBeInTheDocument()
    expect(screen.getByRole('option', { name: 'Frånvaro' })).toBeInTheDocument()
  })

  it('says why a chart is empty when every figure in it is suppressed, instead of drawing empty axes', async () => {
    const hidden = (key: string) => cell(key, null, 'FEWER_THAN_5_TENANTS')
    mockFetch({
      'GET /api/insights/benchmarks': {
        ...BENCHMARKS,
        metrics: [hidden('BENEFIT_REALISED_PERCENT'), hidden('ADOPTION_PERCENT'), hidden('INTEROPERABILITY_STANDARD_SHARE_PERCENT')],
        library: [],
      },
      'GET /api/process-map': PROCESS_MAP,
    })
    renderWithProviders(<InsightsPage />, { person: staff() })

    const shares = await screen.findByTestId('shares-chart')
    expect(within(shares).getByTestId('chart-empty')).toHaveTextContent('Inget att rita')
    expect(shares.querySelector('.chart__canvas')).toBeNull()
    expect(within(screen.getByTestId('mix-chart')).queryByTestId('chart-empty')).toBeNull()
  })

  it('shows a tenant its own figures beside similar huvudmän, or says when it has none yet', async () => {
    mockFetch({
      'GET /api/insights/benchmarks': BENCHMARKS,
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/insights/benchmarks/mine': {
        sizeBand: 'MEDIUM',
        categories: [
          {
            productCategory: 'teaching',
            yourProcurements: 2,
            rows: [
              { metric: 'SATISFACTION', you: 4.2, similar: cell('SATISFACTION', 3.6) },
              { metric: 'YEARLY_COST_PER_PUPIL_SEK', you: 110, similar: cell('YEARLY_COST_PER_PUPIL_SEK', null, 'FEWER_THAN_5_TENANTS') },
            ],
          },
        ],
      },
    })
    renderWithProviders(<InsightsPage />, { person: tenantUser() })
    const table = await screen.findByTestId('comparison-table')
    expect(table).toHaveTextContent('Undervisning: 2 av era upphandlingar')
    const rows = within(table).getAllByRole('row')
    expect(rows[1]).toHaveTextContent('Nöjdhet4,2 / 53,6 / 5')
    expect(rows[2]).toHaveTextContent('110 kr')
    expect(rows[2]).toHaveTextContent('Visas inte: färre än fem huvudmän')
    expect(screen.getByTestId('tenant-comparison')).toHaveTextContent('medelstora huvudmän')
  })

  it('tells a tenant without shared outcomes that its figures come with its first follow-up', async () => {
    mockFetch({
      'GET /api/insights/benchmarks': { ...BENCHMARKS, categories: {} },
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/insights/benchmarks/mine': { sizeBand: null, categories: [] },
    })
    renderWithProviders(<InsightsPage />, { person: tenantUser() })
    expect(await screen.findByText('När en uppföljning är registrerad syns era siffror här.')).toBeInTheDocument()
    expect(await screen.findByText('Inga delade utfall ännu.')).toBeInTheDocument()
  })
})
