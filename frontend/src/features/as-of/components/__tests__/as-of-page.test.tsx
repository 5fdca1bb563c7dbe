import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { tenantUser } from '@/test/fixtures'
import { PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'

import { AsOfPage } from '../as-of-page'

const THEN = {
  at: '2026-11-20T13:00:00Z',
  procurement: { id: 'p1', version: 3, title: 'Ny lärplattform', phase: 'NEEDS_ANALYSIS', teamSize: 2 },
  needs: [
    {
      id: 'n1',
      version: 2,
      content: {
        statement: 'Snabb frånvarorapportering',
        perspective: 'teacher',
        schoolProcess: 'attendance',
        priority: 'HIGH',
        steeringDocument: 'Skollagen 7 kap.',
        benefit: { description: 'Mindre administration', indicator: 'Tid per vecka', baseline: 60, target: 30, unit: 'minuter' },
      },
      status: 'PROPOSED',
      endorsements: 1,
    },
  ],
  requirements: [
    {
      id: 'r1',
      version: 1,
      content: {
        text: 'Frånvaro ska kunna rapporteras i mobilen.',
        kind: 'EVALUATED',
        weight: 30,
        category: 'FUNCTION',
        verificationMethod: 'Demonstration',
        needIds: ['n1'],
      },
    },
  ],
}

describe('AsOfPage', () => {
  it('asks for the workspace at the chosen moment and shows it as it was, read-only', async () => {
    const asked: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(String(input), 'http://x')
        if (url.pathname === '/api/process-map') return jsonResponse(PROCESS_MAP)
        asked.push(url.searchParams.get('at')!)
        return jsonResponse(url.searchParams.get('at')!.startsWith('2026-11-20') ? { ...THEN, at: url.searchParams.get('at')! } : { ...THEN, needs: [], requirements: [] })
      }),
    )
    const { user } = renderWithProviders(<AsOfPage procurementId="p1" />, { person: tenantUser(), route: '/upphandlingar/p1/som-det-var' })

    // opening the page shows "now"
    await screen.findByTestId('as-of')
    expect(Math.abs(Date.parse(asked[0]!) - Date.now())).toBeLessThan(60_000)
    expect(screen.getByText('Inga behov vid den tidpunkten.')).toBeInTheDocument()

    const moment = screen.getByLabelText('Tidpunkt')
    await user.clear(moment)
    await user.type(moment, '2026-11-20T14:00')
    await user.click(screen.getByRole('button', { name: 'Visa' }))

    // the moment typed, in the browser's time zone, sent as an instant
    await waitFor(() => expect(asked).toEqual([asked[0], new Date('2026-11-20T14:00').toISOString()]))
    await screen.findByTestId('need-then')
    expect(screen.getByRole('region', { name: 'Arbetsytan vid den valda tidpunkten' })).toHaveFocus()
    const then = screen.getByTestId('as-of')
    expect(within(then).getByRole('heading', { level: 2 })).toHaveTextContent(/^Så här såg det ut 20 nov. 2026 \d\d:00$/)

    // to the second: a moment between two edits a few seconds apart
    await user.clear(moment)
    await user.type(moment, '2026-11-20T14:00:30')
    await user.click(screen.getByRole('button', { name: 'Visa' }))
    await waitFor(() => expect(asked.at(-1)).toBe(new Date('2026-11-20T14:00:30').toISOString()))
    await waitFor(() =>
      expect(within(screen.getByTestId('as-of')).getByRole('heading', { level: 2 })).toHaveTextContent(/^Så här såg det ut 20 nov. 2026 \d\d:00:30$/),
    )
    expect(then).toHaveTextContent('Det här är en historisk bild och går inte att ändra.')
    expect(then).toHaveTextContent('Ny lärplattform')
    expect(then).toHaveTextContent('Behovsanalys')
    const need = within(then).getByTestId('need-then')
    expect(need).toHaveTextContent('Snabb frånvarorapportering')
    expect(need).toHaveTextContent('Hög prioritet')
    expect(need).toHaveTextContent('Föreslaget')
    expect(need).toHaveTextContent('Tid per vecka 60 → 30 minuter')
    const requirement = within(then).getByTestId('requirement-then')
    expect(requirement).toHaveTextContent('Bör-krav')
    expect(requirement).toHaveTextContent('Frånvaro ska kunna rapporteras i mobilen.')
    expect(requirement).toHaveTextContent('Tillgodoser behovSnabb frånvarorapportering')
    // read-only: nothing to edit in the old state
    expect(within(then).queryByRole('button')).not.toBeInTheDocument()
    expect(within(then).queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Tillbaka till arbetsytan' })).toHaveAttribute('href', '/upphandlingar/p1')
  })

  it('says so when the procurement did not exist yet, and refuses moments in the future', async () => {
    const api = mockFetch({
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/procurements/p1/as-of?at=2020-01-01T00%3A00%3A00.000Z': { at: '2020-01-01T00:00:00Z', procurement: null, needs: [], requirements: [] },
    })
    const { user } = renderWithProviders(<AsOfPage procurementId="p1" />, {
      person: tenantUser(),
      route: '/upphandlingar/p1/som-det-var?tid=2020-01-01T00:00:00.000Z',
    })
    expect(await screen.findByText('Upphandlingen fanns inte ännu vid den tidpunkten.')).toBeInTheDocument()
    expect(screen.queryByTestId('as-of')).not.toBeInTheDocument()

    const moment = screen.getByLabelText('Tidpunkt')
    await user.clear(moment)
    await user.type(moment, '2999-01-01T12:00')
    await user.click(screen.getByRole('button', { name: 'Visa' }))
    expect(moment).toHaveAccessibleDescription(/Tidpunkten har inte inträffat än/)
    expect(moment).toHaveFocus()
    expect(api.requests.filter((r) => r.url.includes('/as-of'))).toHaveLength(1)
  })

  it('shows a refusal from the server in words', async () => {
    mockFetch({
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/procurements/p9/as-of?at=2026-01-01T00%3A00%3A00.000Z': problemResponse(404, { code: 'not-found', detail: 'No such procurement.' }),
    })
    renderWithProviders(<AsOfPage procurementId="p9" />, {
      person: tenantUser(),
      route: '/upphandlingar/p9/som-det-var?tid=2026-01-01T00:00:00.000Z',
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Det gick inte att visa arbetsytan vid den tidpunkten.')
    expect(alert).toHaveTextContent('Upphandlingen finns inte, eller så har du inte tillgång till den.')
  })
})
