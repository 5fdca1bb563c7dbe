import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { tenantUser } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { TracePanel } from '../trace-panel'

const TRACE_URL = 'GET /api/procurements/p1/trace'

const TRACE = {
  needs: [
    { id: 'n1', statement: 'Snabb frånvarorapportering', status: 'ACCEPTED', requirementIds: ['r1', 'r3'] },
    { id: 'n2', statement: 'Vårdnadshavare ser frånvaro', status: 'PROPOSED', requirementIds: [] },
  ],
  requirements: [
    { id: 'r1', number: 1, text: 'Högst tre klick', kind: 'EVALUATED', needIds: ['n1'] },
    { id: 'r2', number: 2, text: 'Skolfederation', kind: 'MANDATORY', needIds: [] },
    { id: 'r3', number: 5, text: 'Fungerar i mobilen', kind: 'MANDATORY', needIds: ['n1'] },
  ],
  needsWithoutRequirements: ['n2'],
  requirementsWithoutNeeds: ['r2'],
}

describe('TracePanel', () => {
  it('names the needs without requirements and the requirements without needs', async () => {
    mockFetch({ [TRACE_URL]: TRACE })
    renderWithProviders(<TracePanel procurementId="p1" />, { person: tenantUser() })

    expect(await screen.findByTestId('needs-without-requirements')).toHaveTextContent('Behov utan krav (1)Vårdnadshavare ser frånvaro')
    expect(screen.getByTestId('requirements-without-needs')).toHaveTextContent('Krav utan behov (1)K2 Skolfederation')
  })

  it('is a table with row and column headers, a tick where a requirement serves a need, and the gaps marked', async () => {
    mockFetch({ [TRACE_URL]: TRACE })
    renderWithProviders(<TracePanel procurementId="p1" />, { person: tenantUser() })

    const table = await screen.findByRole('table', { name: /Behov \(rader\) och krav \(kolumner\)/ })
    const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent)
    // the numbers the procurement gave (K3 and K4 were withdrawn), not places in the list
    expect(columns).toEqual(['Behov', 'K1 Högst tre klick', 'K2 ! Skolfederation (utan behov)', 'K5 Fungerar i mobilen', 'Antal krav'])

    const served = within(table).getByRole('rowheader', { name: 'Snabb frånvarorapportering' }).closest('tr')!
    const cells = within(served).getAllByRole('cell')
    expect(cells.map((td) => td.textContent)).toEqual(['✓Tillgodoser', '', '✓Tillgodoser', '2'])

    const gap = within(table).getByRole('rowheader', { name: 'Vårdnadshavare ser frånvaro (utan krav)' }).closest('tr')!
    expect(gap).toHaveAttribute('data-testid', 'trace-need-gap')
    expect(within(gap).queryByText('Tillgodoser')).not.toBeInTheDocument()
    expect(within(table).getByTestId('trace-requirement-gap')).toHaveTextContent('Skolfederation')
    // the matrix can be scrolled with the keyboard when it is wider than the page
    expect(table.closest('[role="region"]')).toHaveAttribute('tabindex', '0')
  })

  it('says so when there are no gaps', async () => {
    mockFetch({
      [TRACE_URL]: {
        needs: [{ id: 'n1', statement: 'Snabb frånvarorapportering', status: 'ACCEPTED', requirementIds: ['r1'] }],
        requirements: [{ id: 'r1', number: 1, text: 'Högst tre klick', kind: 'EVALUATED', needIds: ['n1'] }],
        needsWithoutRequirements: [],
        requirementsWithoutNeeds: [],
      },
    })
    renderWithProviders(<TracePanel procurementId="p1" />, { person: tenantUser() })
    expect(await screen.findByText('Alla behov har krav och alla krav har behov.')).toBeInTheDocument()
    expect(screen.queryByTestId('trace-gaps')).not.toBeInTheDocument()
  })
})
