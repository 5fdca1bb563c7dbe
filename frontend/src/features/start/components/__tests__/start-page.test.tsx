import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n/i18n'
import { mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantAdmin, vendorPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { StartPage } from '../start-page'

const ACTIVITY = [
  {
    eventId: 'e2',
    type: 'MemberAddedEvent',
    occurredAt: '2026-11-20T09:30:00Z',
    actorName: 'Anna Andersson',
    what: 'Ny medlem i teamet',
    summary: 'Bo Berg',
  },
  {
    eventId: 'e1',
    type: 'SomethingNewEvent',
    occurredAt: '2026-11-19T08:00:00Z',
    actorName: null,
    what: 'Huvudmannen registrerades',
    summary: 'Lunds kommun',
  },
]

describe('StartPage', () => {
  it('greets the person and shows their organisation and roles in words', async () => {
    mockFetch({ 'GET /api/tenant/activity': ACTIVITY })

    renderWithProviders(<StartPage />, { person: tenantAdmin() })

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Anna Andersson')
    expect(screen.getByTestId('current-organisation')).toHaveTextContent('Lunds kommun')
    expect(screen.getByTestId('current-roles')).toHaveTextContent('Administratör, Inköpare')
    expect(document.title).toBe('Start – Inköpsstöd')
  })

  it('explains the phases of a procurement', () => {
    mockFetch({ 'GET /api/tenant/activity': [] })

    renderWithProviders(<StartPage />, { person: aPerson() })

    const process = screen.getByRole('region', { name: 'Så går en upphandling till' })
    const phases = within(process).getAllByRole('listitem')
    expect(phases.map((phase) => within(phase).getByRole('heading').textContent)).toEqual([
      'Behov',
      'Krav',
      'Annonsering och frågor',
      'Utvärdering och tilldelning',
      'Uppföljning',
    ])
  })

  it('lists recent activity in the tenant, newest first as the server sends it', async () => {
    const { requestsTo } = mockFetch({ 'GET /api/tenant/activity': ACTIVITY })

    renderWithProviders(<StartPage />, { person: aPerson() })

    const items = within(await screen.findByTestId('recent-activity')).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    // the event type in words, then what it is about
    expect(items[0]).toHaveTextContent('Ny medlem i teamet: Bo Berg')
    expect(items[0]).toHaveTextContent('Anna Andersson')
    expect(within(items[0]!).getByText(/2026/).closest('time')).toHaveAttribute('datetime', '2026-11-20T09:30:00Z')
    // no actor: the system did it
    expect(items[1]).toHaveTextContent('Inköpsstöd')
    expect(items[1]).toHaveTextContent(/^Huvudmannen registrerades: Lunds kommun/)
    expect(requestsTo('GET', '/api/tenant/activity')).toHaveLength(1)
  })

  it('says what happened in a procurement even when the event names nothing', async () => {
    mockFetch({
      'GET /api/tenant/activity': [
        { eventId: 'e3', type: 'NeedProposedEvent', occurredAt: '2026-11-21T10:00:00Z', actorName: 'Sara Nyström', what: 'Föreslog ett behov', summary: '' },
      ],
    })

    renderWithProviders(<StartPage />, { person: aPerson() })

    const item = within(await screen.findByTestId('recent-activity')).getByRole('listitem')
    expect(item.querySelector('.activity-list__summary')).toHaveTextContent(/^Föreslog ett behov$/)
  })

  it('says so when there has been no activity yet', async () => {
    mockFetch({ 'GET /api/tenant/activity': [] })

    renderWithProviders(<StartPage />, { person: aPerson() })

    expect(await screen.findByText('Inga händelser ännu')).toBeInTheDocument()
    expect(screen.queryByTestId('recent-activity')).not.toBeInTheDocument()
  })

  it('shows a readable message when the activity cannot be loaded', async () => {
    mockFetch({ 'GET /api/tenant/activity': problemResponse(500, { title: 'Internal Server Error' }) })

    renderWithProviders(<StartPage />, { person: aPerson() })

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tjänsten har tillfälliga problem. Försök igen om en stund.',
    )
  })

  it('shows a vendor their vendor organisation and no tenant activity', () => {
    const { fetchMock } = mockFetch({})

    renderWithProviders(<StartPage />, { person: vendorPerson() })

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vera Vendel')
    expect(screen.getByTestId('current-organisation')).toHaveTextContent('Läromedel AB')
    expect(screen.getByTestId('current-roles')).toHaveTextContent('Leverantör')
    expect(screen.queryByRole('heading', { name: 'Senaste händelser' })).not.toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('speaks English when English is chosen', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en')
    mockFetch({ 'GET /api/tenant/activity': [] })

    renderWithProviders(<StartPage />, { person: tenantAdmin() })

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome, Anna Andersson')
    expect(screen.getByTestId('current-roles')).toHaveTextContent('Administrator, Buyer')
    expect(await screen.findByText('No activity yet')).toBeInTheDocument()
  })
})
