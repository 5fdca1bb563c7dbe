import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { NEEDS, PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'
import { clearPresence, publishPresence } from '@/lib/live/presence'

import { NeedsPanel } from '../needs-panel'

const NEEDS_URL = '/api/procurements/p1/needs'
const PRESENCE_URL = '/api/procurements/p1/presence'

afterEach(() => clearPresence('p1'))

function cardOf(statement: RegExp) {
  return screen.getAllByTestId('need-card').find((card) => statement.test(card.textContent ?? ''))!
}

describe('who is editing a need', () => {
  it('shows “<name> redigerar” on the need someone else edits, never for the person themself', async () => {
    mockFetch({ [`GET ${NEEDS_URL}`]: NEEDS, 'GET /api/process-map': PROCESS_MAP })
    renderWithProviders(<NeedsPanel procurementId="p1" />, { person: aPerson() })
    await screen.findAllByTestId('need-card')

    act(() =>
      publishPresence('p1', {
        people: [
          { id: 'person-1', name: 'Anna Andersson', editing: 'n2' },
          { id: 'person-9', name: 'Cecilia Ek', editing: 'n1' },
        ],
      }),
    )
    expect(screen.getAllByTestId('editing-badge')).toHaveLength(1)
    expect(within(cardOf(/rapportera frånvaro direkt/)).getByTestId('editing-badge')).toHaveTextContent('Cecilia Ek redigerar')

    act(() => publishPresence('p1', { people: [{ id: 'person-9', name: 'Cecilia Ek', editing: null }] }))
    expect(screen.queryByTestId('editing-badge')).not.toBeInTheDocument()
  })

  it('tells the others while the person has the editor open', async () => {
    const api = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`PUT ${PRESENCE_URL}`]: () => new Response(null, { status: 204 }),
    })
    const { user } = renderWithProviders(<NeedsPanel procurementId="p1" />, { person: aPerson() })
    await screen.findAllByTestId('need-card')
    const card = cardOf(/rapportera frånvaro direkt/)
    await user.click(within(card).getByRole('button', { name: 'Ändra' }))
    expect(api.requestsTo('PUT', PRESENCE_URL).map((r) => r.body)).toEqual([{ editing: 'n1' }])
    await user.click(within(card).getByRole('button', { name: 'Avbryt' }))
    expect(api.requestsTo('PUT', PRESENCE_URL).map((r) => r.body)).toEqual([{ editing: 'n1' }, { editing: null }])
  })

  it('renders what the app composes into each need card, e.g. the comments', async () => {
    mockFetch({ [`GET ${NEEDS_URL}`]: NEEDS, 'GET /api/process-map': PROCESS_MAP })
    renderWithProviders(<NeedsPanel procurementId="p1" itemExtras={(id) => <p data-testid="extras">kommentarer för {id}</p>} />, {
      person: aPerson(),
    })
    await screen.findAllByTestId('need-card')
    expect(within(cardOf(/rapportera frånvaro direkt/)).getByTestId('extras')).toHaveTextContent('kommentarer för n1')
  })
})
