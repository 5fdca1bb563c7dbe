import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { jsonResponse } from '@/test/fetch-mock'
import { tenantUser } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { AsOfPage } from '../as-of-page'

describe('AsOfPage', () => {
  it('asks for the workspace at the chosen moment and shows it as it was', async () => {
    // the moment is sent as an instant, which depends on the test machine's time zone: match by prefix
    const fetchMock = vi.fn(async (_input: RequestInfo | URL) =>
      jsonResponse({
        at: '2026-11-20T13:00:00Z',
        procurement: { id: 'p1', version: 3, title: 'Ny lärplattform', phase: 'NEEDS_ANALYSIS', teamSize: 2 },
        needs: [{ id: 'n1', version: 1, content: { statement: 'Snabb frånvarorapportering' }, status: 'PROPOSED', endorsements: 0 }],
        requirements: [],
      }),
    )
    vi.stubGlobal('fetch', fetchMock)
    const { user } = renderWithProviders(<AsOfPage procurementId="p1" />, { person: tenantUser() })

    const moment = screen.getByLabelText('Tidpunkt')
    await user.clear(moment)
    await user.type(moment, '2026-11-20T14:00')
    await user.click(screen.getByRole('button', { name: 'Visa' }))

    expect(await screen.findByTestId('as-of')).toHaveTextContent('Snabb frånvarorapportering')
    expect(screen.getByTestId('as-of')).toHaveTextContent('Behovsanalys')
    const asked = String(fetchMock.mock.calls.at(-1)![0])
    expect(asked).toMatch(/^\/api\/procurements\/p1\/as-of\?at=2026-11-20T\d\d%3A00%3A00.000Z$/)
  })
})
