import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { browserNavigation, LOGIN_PATH } from '@/lib/auth/login'
import { mockFetch } from '@/test/fetch-mock'
import { aPerson, platformAdmin, tenantAdmin, unknownPerson, vendorPerson } from '@/test/fixtures'
import { aNeed, aProcurement, PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderApp } from '@/test/render'

function navLabels() {
  const nav = screen.getByRole('navigation', { name: 'Huvudmeny' })
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent)
}

describe('the application shell', () => {
  it('shows the product, the person, their organisation, the language switch and log-out', async () => {
    mockFetch({ 'GET /api/me': tenantAdmin(), 'GET /api/tenant/activity': [] })

    renderApp('/')

    const banner = await screen.findByRole('banner')
    expect(within(banner).getByRole('link', { name: 'Inköpsstöd' })).toHaveAttribute('href', '/')
    expect(await within(banner).findByTestId('current-person')).toHaveTextContent('Anna Andersson')
    expect(within(banner).getByTestId('header-organisation')).toHaveTextContent('Lunds kommun')
    expect(within(banner).getByRole('group', { name: 'Språk' })).toBeInTheDocument()
    expect(within(banner).getByTestId('logout')).toHaveTextContent('Logga ut')
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' })).toHaveAttribute('href', '#main')
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
  })

  it('logs out with a real form post carrying the CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=logout-token'
    mockFetch({ 'GET /api/me': aPerson(), 'GET /api/tenant/activity': [] })

    renderApp('/')

    const button = await screen.findByTestId('logout')
    expect(button).toHaveAttribute('type', 'submit')
    const form = button.closest('form')
    expect(form).toHaveAttribute('method', 'post')
    expect(form).toHaveAttribute('action', '/logout')
    expect(form?.querySelector('input[type="hidden"][name="_csrf"]')).toHaveValue('logout-token')
  })

  it('shows a tenant member the tenant areas, with the current page marked', async () => {
    mockFetch({ 'GET /api/me': aPerson(), 'GET /api/tenant/activity': [] })

    renderApp('/')

    await screen.findByRole('navigation', { name: 'Huvudmeny' })
    expect(navLabels()).toEqual([
      'Start',
      'Upphandlingar',
      'Kravbibliotek',
      'Frågor & svar',
      'Uppföljning',
      'Erfarenheter',
      'Insikter',
      'Team',
    ])
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Team' })).not.toHaveAttribute('aria-current')
  })

  it('shows a platform administrator the platform area and no area the API would refuse them', async () => {
    mockFetch({ 'GET /api/me': platformAdmin() })

    renderApp('/')

    await screen.findByRole('navigation', { name: 'Huvudmeny' })
    expect(navLabels()).toEqual(['Start', 'Plattform'])
  })

  it('shows a vendor only what concerns vendors', async () => {
    mockFetch({ 'GET /api/me': vendorPerson() })

    renderApp('/')

    await screen.findByRole('navigation', { name: 'Huvudmeny' })
    expect(navLabels()).toEqual(['Start', 'Upphandlingar', 'Frågor & svar'])
  })

  it('navigates between areas and moves the current-page marker', async () => {
    mockFetch({
      'GET /api/me': aPerson(),
      'GET /api/tenant/activity': [],
      'GET /api/procurements': [],
      'GET /api/process-map': PROCESS_MAP,
    })
    const { user, router } = renderApp('/')

    await user.click(await screen.findByRole('link', { name: 'Upphandlingar' }))

    expect(router.state.location.pathname).toBe('/upphandlingar')
    expect(await screen.findByRole('heading', { level: 1, name: 'Upphandlingar' })).toBeInTheDocument()
    expect(await screen.findByText('Inga upphandlingar ännu')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Upphandlingar' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current')
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it.each([
    ['/upphandlingar', 'Upphandlingar'],
    ['/fragor', 'Frågor & svar'],
    ['/uppfoljning', 'Uppföljning'],
    ['/erfarenheter', 'Erfarenheter'],
    ['/insikter', 'Insikter'],
    ['/team', 'Team'],
  ])('serves %s', async (path, heading) => {
    mockFetch({
      'GET /api/me': aPerson(),
      'GET /api/tenant/members': [],
      'GET /api/procurements': [],
      'GET /api/follow-ups': [],
      'GET /api/process-map': PROCESS_MAP,
    })

    renderApp(path)

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(heading)
    expect(screen.getByRole('link', { name: heading })).toHaveAttribute('aria-current', 'page')
  })

  it('opens a procurement’s workspace with its needs, keeping the area marked', async () => {
    mockFetch({
      'GET /api/me': aPerson(),
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/procurements/p1': aProcurement(),
      'GET /api/procurements/p1/needs': [aNeed()],
    })

    renderApp('/upphandlingar/p1')

    expect(await screen.findByRole('heading', { level: 1, name: 'Frånvarosystem för grundskolan' })).toBeInTheDocument()
    expect(await screen.findByTestId('need-card')).toHaveTextContent('Lärare behöver rapportera frånvaro direkt från lektionen')
    expect(screen.getByRole('link', { name: 'Upphandlingar' })).toHaveAttribute('aria-current', 'page')
  })

  it('shows a vendor the procurements it is invited to, never the tenant list', async () => {
    const { requests } = mockFetch({
      'GET /api/me': vendorPerson(),
      'GET /api/vendor/procurements': [
        {
          id: 'p1',
          title: 'Ny lärplattform',
          description: null,
          buyer: 'Älvstads kommun',
          category: 'teaching',
          procedure: 'OPEN',
          invitedAt: '2026-11-20T10:00:00Z',
          publication: null,
          requirements: [],
          amendments: [],
        },
      ],
    })

    renderApp('/upphandlingar')

    expect(await screen.findByRole('link', { name: 'Ny lärplattform' })).toHaveAttribute('href', '/upphandlingar/p1')
    expect(screen.getByTestId('vendor-procurements')).toHaveTextContent('Köpare: Älvstads kommun · Inte annonserad ännu')
    expect(requests.map((r) => r.url)).not.toContain('/api/procurements')
  })

  it('explains, rather than breaks, when someone opens an area outside their roles', async () => {
    const { requests } = mockFetch({ 'GET /api/me': aPerson() })

    renderApp('/plattform')

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Den här delen är inte tillgänglig för dig',
    )
    expect(requests.map((r) => r.url)).toEqual(['/api/me'])
  })

  it('says when a page does not exist', async () => {
    mockFetch({ 'GET /api/me': aPerson() })

    renderApp('/finns-inte')

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Sidan finns inte')
  })

  it('tells a person without any organisation to ask their administrator', async () => {
    mockFetch({ 'GET /api/me': unknownPerson() })

    renderApp('/')

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Du har inte tillgång ännu')
    expect(screen.getByTestId('no-access')).toHaveTextContent('okand@example.se')
    expect(screen.getByTestId('no-access')).toHaveTextContent(/Be en administratör/)
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument()
    expect(screen.getByTestId('logout')).toBeInTheDocument()
  })

  it('goes to the login page when the session has ended', async () => {
    const assign = vi.spyOn(browserNavigation, 'assign').mockImplementation(() => {})
    mockFetch({ 'GET /api/me': () => new Response(null, { status: 401 }) })

    renderApp('/')

    expect(await screen.findByRole('alert')).toHaveTextContent('Din inloggning har gått ut')
    expect(assign).toHaveBeenCalledWith(LOGIN_PATH)
  })

  it('switches the whole interface to English', async () => {
    mockFetch({ 'GET /api/me': aPerson(), 'GET /api/tenant/activity': [] })
    const { user } = renderApp('/')

    await user.click(await screen.findByRole('button', { name: 'English' }))

    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Procurements' })).toBeInTheDocument()
    expect(screen.getByTestId('logout')).toHaveTextContent('Log out')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome, Anna Andersson')
    expect(document.documentElement.lang).toBe('en')
    expect(document.title).toBe('Start – Inköpsstöd')
  })
})
