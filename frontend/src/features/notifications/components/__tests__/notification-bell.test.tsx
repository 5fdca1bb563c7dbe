import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n/i18n'
import { FakeEventSource } from '@/test/fake-event-source'
import { mockFetch } from '@/test/fetch-mock'
import { vendorPerson } from '@/test/fixtures'
import { renderApp, renderWithProviders } from '@/test/render'

import { NOTIFICATIONS_LIST_KEY } from '../../api/notifications'
import { NotificationBell } from '../notification-bell'
import { someNotifications } from './fixtures'

const unread = (count: number) => act(() => FakeEventSource.instances[0]!.emit('unread', JSON.stringify({ unread: count })))

describe('NotificationBell', () => {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource))
  afterEach(() => {
    vi.unstubAllGlobals()
    FakeEventSource.instances = []
  })

  it('shows the unread count from the live stream, in its name and in a badge, and leads to the notifications page', async () => {
    renderWithProviders(<NotificationBell />)
    expect(FakeEventSource.instances[0]!.url).toBe('/api/notifications/stream')
    expect(screen.getByRole('link', { name: 'Aviseringar' })).toHaveAttribute('href', '/aviseringar')
    expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument()

    unread(3)
    expect(await screen.findByRole('link', { name: 'Aviseringar, 3 olästa' })).toBeInTheDocument()
    expect(screen.getByTestId('notification-count')).toHaveTextContent('3')

    unread(1)
    expect(await screen.findByRole('link', { name: 'Aviseringar, 1 oläst' })).toBeInTheDocument()

    unread(0)
    expect(await screen.findByRole('link', { name: 'Aviseringar' })).toBeInTheDocument()
    expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument()
  })

  it('says it in English', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en')
    renderWithProviders(<NotificationBell />)
    unread(3)
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeInTheDocument()
  })

  it('refetches the list on each event, ignores malformed ones and closes the stream on leave', () => {
    const { queryClient, unmount } = renderWithProviders(<NotificationBell />)
    queryClient.setQueryData([...NOTIFICATIONS_LIST_KEY, 'sv'], someNotifications())
    const source = FakeEventSource.instances[0]!

    act(() => source.emit('unread', 'not json'))
    act(() => source.emit('unread', '{"unread":-1}'))
    expect(queryClient.getQueryState([...NOTIFICATIONS_LIST_KEY, 'sv'])?.isInvalidated).toBe(false)
    expect(screen.getByRole('link', { name: 'Aviseringar' })).toBeInTheDocument()

    unread(4)
    expect(queryClient.getQueryState([...NOTIFICATIONS_LIST_KEY, 'sv'])?.isInvalidated).toBe(true)
    unmount()
    expect(source.closed).toBe(true)
  })

  it('is in the header for a vendor too, and its page is served to them', async () => {
    mockFetch({
      'GET /api/me': vendorPerson(),
      'GET /api/notifications?limit=50': { unread: 0, items: [] },
      'GET /api/notifications/preferences': { language: 'sv', kinds: [{ kind: 'ANSWER_PUBLISHED', delivery: 'IMMEDIATE' }] },
    })
    const { user, router } = renderApp('/')

    const banner = await screen.findByRole('banner')
    await user.click(await within(banner).findByRole('link', { name: 'Aviseringar' }))

    expect(router.state.location.pathname).toBe('/aviseringar')
    expect(await screen.findByRole('heading', { level: 1, name: 'Aviseringar' })).toBeInTheDocument()
    expect(await screen.findByText('Inga aviseringar än')).toBeInTheDocument()
    expect(await screen.findByRole('group', { name: 'Ett svar publiceras' })).toBeInTheDocument()
    // a page of one's own, not a menu area
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' })
    expect(within(nav).queryByRole('link', { name: /Aviseringar/ })).not.toBeInTheDocument()
  })
})
