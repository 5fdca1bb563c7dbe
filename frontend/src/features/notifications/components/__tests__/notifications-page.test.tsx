import { screen, waitFor, within } from '@testing-library/react'
import * as axe from 'axe-core'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import type { Notifications } from '../../api/notifications'

import { NotificationsPage } from '../notifications-page'
import { someNotifications } from './fixtures'

const PREFERENCES = { 'GET /api/notifications/preferences': { language: 'sv', kinds: [] } }
const LIST = 'GET /api/notifications?limit=50'

/** The server's side: the list, and the read marks that change it. */
function aServer(initial: Notifications = someNotifications()) {
  let state = initial
  const read = (id: string | null) => {
    const items = state.items.map((n) => (id === null || n.id === id ? { ...n, read: true } : n))
    state = { items, unread: items.filter((n) => !n.read).length }
    return new Response(null, { status: 204 })
  }
  return {
    [LIST]: () => jsonResponse(state),
    'POST /api/notifications/n-1/read': () => read('n-1'),
    'POST /api/notifications/read-all': () => read(null),
    ...PREFERENCES,
  }
}

describe('NotificationsPage', () => {
  it('lists the notifications newest first, marks the unread ones in words, and links to where to act', async () => {
    mockFetch({ [LIST]: someNotifications(), ...PREFERENCES })
    renderWithProviders(<NotificationsPage />, { person: aPerson() })

    const items = await screen.findAllByTestId('notification')
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Anna Berg nämnde dig i en kommentar',
      'Sista dag för svar närmar sig',
      'Din erfarenhet är granskad',
    ])
    const [mention, deadline, lesson] = items.map((item) => within(item))
    expect(mention!.getByText('Oläst')).toBeInTheDocument()
    expect(mention!.getByText('Kan du titta på kravet om inloggning?')).toBeInTheDocument()
    expect(mention!.getByText(/2026/, { selector: 'time' })).toHaveAttribute('datetime', '2026-12-05T09:00:00Z')
    expect(mention!.getByRole('link', { name: 'Lärplattform' })).toHaveAttribute('href', '/upphandlingar/p-1')
    // a procurement without an id to go to is named, not linked
    expect(deadline!.getByText(/Schemasystem/)).toBeInTheDocument()
    expect(deadline!.queryByRole('link')).not.toBeInTheDocument()
    expect(lesson!.queryByText('Oläst')).not.toBeInTheDocument()
    expect(lesson!.queryByRole('button', { name: /Markera som läst/ })).not.toBeInTheDocument()
    expect(lesson!.getByRole('link', { name: 'Till Erfarenheter' })).toHaveAttribute('href', '/erfarenheter')
    expect(screen.getByText('2 olästa aviseringar.')).toBeInTheDocument()
  })

  it('marks one read with the CSRF token, and keeps the keyboard on it', async () => {
    document.cookie = 'XSRF-TOKEN=token-1'
    const fetch = mockFetch(aServer())
    const { user } = renderWithProviders(<NotificationsPage />, { person: aPerson() })

    const [mention] = await screen.findAllByTestId('notification')
    await user.click(within(mention!).getByRole('button', { name: 'Markera som läst: Anna Berg nämnde dig i en kommentar' }))

    const [post] = fetch.requestsTo('POST', '/api/notifications/n-1/read')
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('token-1')
    await waitFor(() => expect(within(mention!).queryByText('Oläst')).not.toBeInTheDocument())
    expect(mention).toHaveFocus()
  })

  it('marks one read when its link is followed', async () => {
    const fetch = mockFetch(aServer())
    const { user } = renderWithProviders(<NotificationsPage />, { person: aPerson() })

    await user.click(await screen.findByRole('link', { name: 'Lärplattform' }))

    await waitFor(() => expect(fetch.requestsTo('POST', '/api/notifications/n-1/read')).toHaveLength(1))
  })

  it('marks all read', async () => {
    document.cookie = 'XSRF-TOKEN=token-2'
    const fetch = mockFetch(aServer())
    const { user } = renderWithProviders(<NotificationsPage />, { person: aPerson() })

    await user.click(await screen.findByRole('button', { name: 'Markera alla som lästa' }))

    expect(fetch.requestsTo('POST', '/api/notifications/read-all')[0]?.headers.get('X-XSRF-TOKEN')).toBe('token-2')
    expect(await screen.findByText('Alla aviseringar är markerade som lästa.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Dina aviseringar' })).toHaveFocus()
    await waitFor(() => expect(screen.queryByText('Oläst')).not.toBeInTheDocument())
    expect(screen.getByText('Inga olästa aviseringar.')).toBeInTheDocument()
  })

  it('has no accessibility violations axe can find', async () => {
    mockFetch({
      ...aServer(),
      'GET /api/notifications/preferences': { language: 'sv', kinds: [{ kind: 'MENTION', delivery: 'DAILY' }] },
    })
    const { container } = renderWithProviders(<NotificationsPage />, { person: aPerson() })
    await screen.findAllByTestId('notification')
    await screen.findByRole('group', { name: 'Någon nämner dig i en kommentar' })
    // colours are not computed in jsdom
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  it('says so when there are none', async () => {
    mockFetch({ [LIST]: { unread: 0, items: [] }, ...PREFERENCES })
    renderWithProviders(<NotificationsPage />, { person: aPerson() })
    expect(await screen.findByText('Inga aviseringar än')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Markera alla som lästa' })).not.toBeInTheDocument()
  })
})
