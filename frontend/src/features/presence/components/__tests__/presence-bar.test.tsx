import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { clearPresence, publishPresence } from '@/lib/live/presence'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { PresenceBar } from '../presence-bar'

const ME = aPerson({ id: 'me', name: 'Anna Andersson' })
const describeItem = (id: string) => (id === 'n1' ? 'Snabb frånvaro' : undefined)

function report(people: Array<{ id: string; name: string; editing: string | null }>) {
  act(() => publishPresence('p-presence', { people }))
}

describe('PresenceBar', () => {
  afterEach(() => clearPresence('p-presence'))

  it('shows the others in the workspace and what they edit, never the person themself', () => {
    renderWithProviders(<PresenceBar procurementId="p-presence" describeItem={describeItem} />, { person: ME })
    expect(screen.getByText('Ingen annan har arbetsytan öppen just nu.')).toBeInTheDocument()

    report([
      { id: 'me', name: 'Anna Andersson', editing: 'n1' },
      { id: 'k', name: 'Karin Holm', editing: 'n1' },
      { id: 'a', name: 'Ali Hassan', editing: null },
      { id: 'b', name: 'Bo Berg', editing: 'r-unknown' },
    ])

    const people = screen.getAllByTestId('present-person')
    expect(people.map((p) => p.textContent)).toEqual([
      'KHKarin Holm – redigerar: Snabb frånvaro',
      'AHAli Hassan',
      'BBBo Berg – redigerar: ett objekt',
    ])
    expect(screen.getByRole('list', { name: '3 till har arbetsytan öppen' })).toBeInTheDocument()
    expect(screen.queryByText(/Anna Andersson/)).not.toBeInTheDocument()
  })

  it('announces people who arrive, but not those who were already there', () => {
    renderWithProviders(<PresenceBar procurementId="p-presence" describeItem={describeItem} />, { person: ME })
    const announcement = screen.getByTestId('presence-announcement')

    report([
      { id: 'me', name: 'Anna Andersson', editing: null },
      { id: 'k', name: 'Karin Holm', editing: null },
    ])
    expect(announcement).toBeEmptyDOMElement()

    report([
      { id: 'me', name: 'Anna Andersson', editing: null },
      { id: 'k', name: 'Karin Holm', editing: 'n1' },
    ])
    // starting to edit is shown, not announced
    expect(announcement).toBeEmptyDOMElement()

    report([
      { id: 'me', name: 'Anna Andersson', editing: null },
      { id: 'k', name: 'Karin Holm', editing: 'n1' },
      { id: 'a', name: 'Ali Hassan', editing: null },
      { id: 'b', name: 'Bo Berg', editing: null },
    ])
    expect(announcement).toHaveTextContent('Ali Hassan och Bo Berg öppnade arbetsytan.')
    expect(announcement).toHaveAttribute('aria-live', 'polite')
  })
})
