import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantUser } from '@/test/fixtures'
import { aProcurement, aProcurementSummary, PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderApp, renderWithProviders } from '@/test/render'

import { ProcurementsPage } from '../procurements-page'

const LIST = [
  aProcurementSummary(),
  aProcurementSummary({
    id: 'p2',
    title: 'Digitala läromedel i matematik',
    category: 'teaching',
    procedure: 'FRAMEWORK_CALL_OFF',
    phase: 'TENDERING',
    teamSize: 5,
    needCount: 12,
    updatedAt: '2026-03-11T09:00:00Z',
  }),
]

function row(title: string) {
  const found = screen.getAllByTestId('procurement-row').find((r) => within(r).queryByRole('link', { name: title }))
  if (!found) throw new Error(`no row for ${title}`)
  return found
}

describe('ProcurementsPage', () => {
  it('lists the procurements: title, category in words, phase, team size and needs', async () => {
    mockFetch({ 'GET /api/procurements': LIST, 'GET /api/process-map': PROCESS_MAP })

    renderWithProviders(<ProcurementsPage />, { person: tenantUser() })

    const table = await screen.findByRole('table', { name: 'Alla upphandlingar' })
    const rows = within(table).getAllByTestId('procurement-row')
    expect(rows).toHaveLength(2)
    // most recently changed first
    expect(rows[0]).toHaveTextContent('Digitala läromedel i matematik')
    const absence = row('Frånvarosystem för grundskolan')
    expect(within(absence).getByRole('link')).toHaveAttribute('href', '/upphandlingar/p1')
    expect(await within(absence).findByText('Närvaro och frånvaro')).toBeInTheDocument()
    expect(absence).toHaveTextContent('Förenklat förfarande')
    expect(absence).toHaveTextContent('Behovsanalys')
    const cells = within(absence).getAllByRole('cell')
    expect(cells.map((c) => c.textContent)).toEqual(['Närvaro och frånvaro', 'Behovsanalys', '2', '3'])
    expect(row('Digitala läromedel i matematik')).toHaveTextContent('Anbudstid')
    expect(row('Digitala läromedel i matematik')).toHaveTextContent('Avrop från ramavtal')
  })

  it('speaks English when asked to, process map names included', async () => {
    window.localStorage.setItem('inkopsstod.language', 'en')
    mockFetch({ 'GET /api/procurements': LIST, 'GET /api/process-map': PROCESS_MAP })

    renderWithProviders(<ProcurementsPage />, { person: aPerson() })

    const table = await screen.findByRole('table', { name: 'All procurements' })
    expect(await within(table).findByText('Attendance and absence')).toBeInTheDocument()
    expect(table).toHaveTextContent('Needs analysis')
    expect(table).toHaveTextContent('Call-off from a framework agreement')
    expect(screen.getByRole('button', { name: 'New procurement' })).toBeInTheDocument()
  })

  it('offers no new procurement to someone who is not a buyer', async () => {
    mockFetch({ 'GET /api/procurements': LIST, 'GET /api/process-map': PROCESS_MAP })

    renderWithProviders(<ProcurementsPage />, { person: tenantUser() })

    await screen.findByRole('table')
    expect(screen.queryByRole('button', { name: 'Ny upphandling' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Upphandlingar där du är med' })).toBeInTheDocument()
  })

  it('says so when there are no procurements yet', async () => {
    mockFetch({ 'GET /api/procurements': [], 'GET /api/process-map': PROCESS_MAP })

    renderWithProviders(<ProcurementsPage />, { person: aPerson() })

    expect(await screen.findByText('Inga upphandlingar ännu')).toBeInTheDocument()
    expect(screen.getByText('Starta den första med knappen Ny upphandling.')).toBeInTheDocument()
  })

  it('lets a buyer create a procurement: posts the right body and opens its workspace', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-9'
    const created = aProcurement({
      id: 'p9',
      title: 'Lärplattform',
      description: 'En gemensam lärplattform.',
      category: 'teaching',
      procedure: 'OPEN',
      estimatedValueSek: 1200000,
      plannedTenderDate: '2026-09-01',
      plannedAwardDate: null,
      team: [{ memberId: 'person-1', name: 'Anna Andersson' }],
    })
    const { requestsTo } = mockFetch({
      'GET /api/me': aPerson(),
      'GET /api/procurements': LIST,
      'GET /api/process-map': PROCESS_MAP,
      'POST /api/procurements': () => jsonResponse(created, 201),
      'GET /api/procurements/p9': created,
      'GET /api/procurements/p9/needs': [],
    })
    const { user, router } = renderApp('/upphandlingar')

    const toggle = await screen.findByRole('button', { name: 'Ny upphandling' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const form = screen.getByRole('form', { name: 'Ny upphandling' })
    expect(within(form).getByLabelText('Titel')).toHaveFocus()

    await user.type(within(form).getByLabelText('Titel'), '  Lärplattform ')
    await user.type(within(form).getByLabelText('Beskrivning'), 'En gemensam lärplattform.')
    await screen.findByRole('option', { name: 'Undervisning' })
    await user.selectOptions(within(form).getByLabelText('Kategori'), 'Undervisning')
    expect(within(form).getByLabelText('Kategori')).toHaveAccessibleDescription('Planera och genomföra undervisning.')
    await user.selectOptions(within(form).getByLabelText('Förfarande'), 'Öppet förfarande')
    await user.type(within(form).getByLabelText('Uppskattat värde (kronor)'), '1 200 000')
    await user.type(within(form).getByLabelText('Planerad annonsering'), '2026-09-01')
    await user.click(within(form).getByRole('button', { name: 'Skapa upphandlingen' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Lärplattform' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/upphandlingar/p9')
    const [post] = requestsTo('POST', '/api/procurements')
    expect(post?.body).toEqual({
      title: 'Lärplattform',
      description: 'En gemensam lärplattform.',
      category: 'teaching',
      procedure: 'OPEN',
      estimatedValueSek: 1200000,
      plannedTenderDate: '2026-09-01',
      plannedAwardDate: null,
    })
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('csrf-9')
  })

  it('checks the form before sending anything', async () => {
    const { requestsTo } = mockFetch({ 'GET /api/procurements': LIST, 'GET /api/process-map': PROCESS_MAP })
    const { user } = renderWithProviders(<ProcurementsPage />, { person: aPerson() })
    await user.click(screen.getByRole('button', { name: 'Ny upphandling' }))
    const form = screen.getByRole('form', { name: 'Ny upphandling' })

    await user.type(within(form).getByLabelText('Uppskattat värde (kronor)'), 'ungefär en miljon')
    await user.type(within(form).getByLabelText('Planerad annonsering'), '2026-09-01')
    await user.type(within(form).getByLabelText('Planerat tilldelningsbeslut'), '2026-08-01')
    await user.click(within(form).getByRole('button', { name: 'Skapa upphandlingen' }))

    expect(within(form).getByLabelText('Titel')).toHaveFocus()
    expect(within(form).getByLabelText('Titel')).toHaveAccessibleDescription(/Fyll i det här fältet/)
    expect(within(form).getByLabelText('Kategori')).toHaveAttribute('aria-invalid', 'true')
    expect(within(form).getByLabelText('Förfarande')).toHaveAccessibleDescription(/Välj ett av alternativen/)
    expect(within(form).getByLabelText('Uppskattat värde (kronor)')).toHaveAccessibleDescription(
      /Skriv beloppet i hela kronor/,
    )
    expect(within(form).getByLabelText('Planerat tilldelningsbeslut')).toHaveAccessibleDescription(
      /kan inte planeras före annonseringen/,
    )
    expect(requestsTo('POST', '/api/procurements')).toHaveLength(0)
  })

  it('keeps the server’s field errors next to the fields and everything typed', async () => {
    mockFetch({
      'GET /api/procurements': LIST,
      'GET /api/process-map': PROCESS_MAP,
      'POST /api/procurements': problemResponse(400, {
        title: 'Bad Request',
        code: 'validation',
        detail: 'Invalid request content.',
        errors: [{ field: 'title', message: 'Det finns redan en upphandling med den titeln.' }],
      }),
    })
    const { user } = renderWithProviders(<ProcurementsPage />, { person: aPerson() })
    await user.click(screen.getByRole('button', { name: 'Ny upphandling' }))
    const form = screen.getByRole('form', { name: 'Ny upphandling' })

    await user.type(within(form).getByLabelText('Titel'), 'Frånvarosystem')
    await screen.findByRole('option', { name: 'Närvaro och frånvaro' })
    await user.selectOptions(within(form).getByLabelText('Kategori'), 'attendance')
    await user.selectOptions(within(form).getByLabelText('Förfarande'), 'DIRECT_AWARD')
    await user.type(within(form).getByLabelText('Uppskattat värde (kronor)'), '90000')
    await user.click(within(form).getByRole('button', { name: 'Skapa upphandlingen' }))

    expect(await within(form).findByRole('alert')).toHaveTextContent('Upphandlingen kunde inte skapas.')
    const title = within(form).getByLabelText('Titel')
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(/Det finns redan en upphandling med den titeln/)
    expect(title).toHaveValue('Frånvarosystem')
    expect(within(form).getByLabelText('Uppskattat värde (kronor)')).toHaveValue('90000')
    expect(within(form).getByLabelText('Förfarande')).toHaveValue('DIRECT_AWARD')
  })

  it('closes the form with Avbryt and gives focus back to the button', async () => {
    mockFetch({ 'GET /api/procurements': LIST, 'GET /api/process-map': PROCESS_MAP })
    const { user } = renderWithProviders(<ProcurementsPage />, { person: aPerson() })

    await user.click(screen.getByRole('button', { name: 'Ny upphandling' }))
    await user.click(screen.getByRole('button', { name: 'Avbryt' }))

    expect(screen.queryByRole('form', { name: 'Ny upphandling' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Ny upphandling' })).toHaveFocus()
  })
})
