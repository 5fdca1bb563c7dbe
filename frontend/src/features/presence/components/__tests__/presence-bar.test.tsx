import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { publishPresence } from '@/lib/live/presence'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { PresenceBar } from '../presence-bar'

describe('PresenceBar', () => {
  it('shows the others in the workspace and what they edit, never the person themself', () => {
    renderWithProviders(<PresenceBar procurementId="p-presence" describeItem={(id) => (id === 'n1' ? 'Snabb frånvaro' : undefined)} />, {
      person: aPerson({ id: 'me', name: 'Anna Andersson' }),
    })
    expect(screen.getByText('Ingen annan har arbetsytan öppen just nu.')).toBeInTheDocument()

    act(() =>
      publishPresence('p-presence', {
        people: [
          { id: 'me', name: 'Anna Andersson', editing: null },
          { id: 'k', name: 'Karin Holm', editing: 'n1' },
          { id: 'a', name: 'Ali Hassan', editing: null },
        ],
      }),
    )

    const people = screen.getAllByTestId('present-person')
    expect(people.map((p) => p.textContent)).toEqual(['KHKarin Holm – redigerar: Snabb frånvaro', 'AHAli Hassan'])
  })
})
