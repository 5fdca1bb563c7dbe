import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { platformAdmin } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import type { Tenant } from '../../api/get-tenants'
import { PlatformPage } from '../platform-page'

const TENANTS: Tenant[] = [
  {
    id: 't1',
    name: 'Lunds kommun',
    organisationNumber: '212000-1173',
    kind: 'MUNICIPAL',
    county: 'Skåne län',
    pupils: 14500,
    sizeBand: 'LARGE',
    memberCount: 12,
  },
  {
    id: 't2',
    name: 'Friskolan Ek',
    organisationNumber: '556000-0001',
    kind: 'INDEPENDENT',
    county: 'Uppsala län',
    pupils: 240,
    sizeBand: 'SMALL',
    memberCount: 3,
  },
]
const VENDORS = [{ id: 'v1', name: 'Läromedel AB', organisationNumber: '556123-4567', userCount: 4 }]

describe('PlatformPage', () => {
  it('lists tenants with kind and size band in words, and vendor organisations', async () => {
    mockFetch({ 'GET /api/tenants': TENANTS, 'GET /api/vendor-organisations': VENDORS })

    renderWithProviders(<PlatformPage />, { person: platformAdmin() })

    const tenants = await screen.findByTestId('tenants-table')
    const lund = within(tenants).getByRole('row', { name: /Lunds kommun/ })
    expect(lund).toHaveTextContent('Kommunal')
    expect(lund).toHaveTextContent('Stor')
    expect(lund).toHaveTextContent('Skåne län')
    expect(within(tenants).getByRole('row', { name: /Friskolan Ek/ })).toHaveTextContent('Liten')
    const vendors = await screen.findByTestId('vendor-organisations-table')
    expect(within(vendors).getByRole('row', { name: /Läromedel AB/ })).toHaveTextContent('556123-4567')
  })

  it('registers a tenant and shows it in the list', async () => {
    const created: Tenant = {
      id: 't3',
      name: 'Växjö kommun',
      organisationNumber: '212000-0688',
      kind: 'MUNICIPAL',
      county: 'Kronobergs län',
      pupils: 11000,
      sizeBand: 'LARGE',
      memberCount: 1,
    }
    const { requestsTo } = mockFetch({
      'GET /api/tenants': TENANTS,
      'GET /api/vendor-organisations': [],
      'POST /api/tenants': () => jsonResponse(created, 201),
    })
    const { user } = renderWithProviders(<PlatformPage />, { person: platformAdmin() })
    await screen.findByTestId('tenants-table')
    const form = screen.getByRole('form', { name: 'Registrera huvudman' })

    await user.type(within(form).getByLabelText('Namn'), 'Växjö kommun')
    await user.type(within(form).getByLabelText('Organisationsnummer'), '212000-0688')
    await user.selectOptions(within(form).getByLabelText('Typ av huvudman'), 'Kommunal')
    await user.selectOptions(within(form).getByLabelText('Län'), 'Kronobergs län')
    // as Swedes write it, a narrow no-break space between the thousands
    await user.type(within(form).getByLabelText('Antal elever'), '11\u202f000')
    await user.type(within(form).getByLabelText('Administratörens namn'), 'Vera Växjö')
    await user.type(within(form).getByLabelText('Administratörens e-post'), 'vera@vaxjo.se')
    await user.click(within(form).getByRole('button', { name: 'Registrera' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Växjö kommun är registrerad.')
    expect(requestsTo('POST', '/api/tenants')[0]?.body).toEqual({
      name: 'Växjö kommun',
      organisationNumber: '212000-0688',
      kind: 'MUNICIPAL',
      county: 'Kronobergs län',
      pupils: 11000,
      adminName: 'Vera Växjö',
      adminEmail: 'vera@vaxjo.se',
    })
    expect(within(screen.getByTestId('tenants-table')).getByRole('row', { name: /Växjö kommun/ })).toBeInTheDocument()
  })

  it('keeps the form as typed and shows the server’s reason when registration fails', async () => {
    mockFetch({
      'GET /api/tenants': [],
      'GET /api/vendor-organisations': [],
      'POST /api/tenants': problemResponse(409, {
        detail: 'Organisationsnumret är redan registrerat.',
        code: 'tenant.organisation-number-taken',
      }),
    })
    const { user } = renderWithProviders(<PlatformPage />, { person: platformAdmin() })
    const form = screen.getByRole('form', { name: 'Registrera huvudman' })

    await user.type(within(form).getByLabelText('Namn'), 'Lunds kommun')
    await user.type(within(form).getByLabelText('Organisationsnummer'), '2120001173')
    await user.selectOptions(within(form).getByLabelText('Typ av huvudman'), 'Kommunal')
    await user.selectOptions(within(form).getByLabelText('Län'), 'Skåne län')
    await user.type(within(form).getByLabelText('Antal elever'), '14500')
    await user.type(within(form).getByLabelText('Administratörens namn'), 'Anna Andersson')
    await user.type(within(form).getByLabelText('Administratörens e-post'), 'anna@lund.se')
    await user.click(within(form).getByRole('button', { name: 'Registrera' }))

    expect(await within(form).findByRole('alert')).toHaveTextContent('Organisationsnumret är redan registrerat.')
    expect(within(form).getByLabelText('Namn')).toHaveValue('Lunds kommun')
    expect(within(form).getByLabelText('Län')).toHaveValue('Skåne län')
    expect(within(form).getByLabelText('Antal elever')).toHaveValue('14500')
    expect(screen.getByText('Inga huvudmän ännu')).toBeInTheDocument()
  })

  it('refuses an organisation number whose check digit is wrong, and takes pupils written with a space', async () => {
    const { requestsTo } = mockFetch({
      'GET /api/tenants': [],
      'GET /api/vendor-organisations': [],
      'POST /api/tenants': () => jsonResponse({ ...TENANTS[0], name: 'Lunds kommun' }, 201),
    })
    const { user } = renderWithProviders(<PlatformPage />, { person: platformAdmin() })
    const form = screen.getByRole('form', { name: 'Registrera huvudman' })

    await user.type(within(form).getByLabelText('Namn'), 'Lunds kommun')
    await user.type(within(form).getByLabelText('Organisationsnummer'), '556000-0000')
    await user.selectOptions(within(form).getByLabelText('Typ av huvudman'), 'Kommunal')
    await user.selectOptions(within(form).getByLabelText('Län'), 'Skåne län')
    await user.type(within(form).getByLabelText('Antal elever'), '3 500')
    await user.type(within(form).getByLabelText('Administratörens namn'), 'Anna Andersson')
    await user.type(within(form).getByLabelText('Administratörens e-post'), 'anna@lund.se')
    await user.click(within(form).getByRole('button', { name: 'Registrera' }))

    expect(await within(form).findByText('Kontrollsiffran stämmer inte: kontrollera organisationsnumret.')).toBeInTheDocument()
    expect(within(form).getByLabelText('Organisationsnummer')).toHaveFocus()
    expect(within(form).queryByText('Skriv antalet elever som ett heltal, till exempel 3 500.')).not.toBeInTheDocument()
    expect(requestsTo('POST', '/api/tenants')).toHaveLength(0)

    await user.clear(within(form).getByLabelText('Organisationsnummer'))
    await user.type(within(form).getByLabelText('Organisationsnummer'), '212000-1173')
    await user.click(within(form).getByRole('button', { name: 'Registrera' }))
    await screen.findByRole('status')
    expect(requestsTo('POST', '/api/tenants')[0]?.body).toMatchObject({ organisationNumber: '212000-1173', pupils: 3500 })
  })

  it('registers a vendor organisation with its first user, and refuses a number with a wrong check digit first', async () => {
    const { requestsTo } = mockFetch({
      'GET /api/tenants': TENANTS,
      'GET /api/vendor-organisations': [],
      'POST /api/vendor-organisations': () =>
        jsonResponse({ id: 'v9', name: 'Nord Lärande AB', organisationNumber: '559300-0127', userCount: 1 }, 201),
    })
    const { user } = renderWithProviders(<PlatformPage />, { person: platformAdmin() })
    await screen.findByTestId('tenants-table')
    const form = screen.getByRole('form', { name: 'Registrera en leverantör' })

    await user.type(within(form).getByLabelText('Leverantörens namn'), 'Nord Lärande AB')
    await user.type(within(form).getByLabelText('Organisationsnummer'), '559300-0120')
    await user.type(within(form).getByLabelText('Första användarens namn'), 'Nora Nyström')
    await user.type(within(form).getByLabelText('Första användarens e-postadress'), 'nora@nordlarande.example')
    await user.click(within(form).getByRole('button', { name: 'Registrera leverantören' }))
    expect(requestsTo('POST', '/api/vendor-organisations')).toHaveLength(0)
    expect(within(form).getByLabelText('Organisationsnummer')).toHaveFocus()

    await user.clear(within(form).getByLabelText('Organisationsnummer'))
    await user.type(within(form).getByLabelText('Organisationsnummer'), '559300-0127')
    await user.click(within(form).getByRole('button', { name: 'Registrera leverantören' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Nord Lärande AB är registrerad.')
    expect(requestsTo('POST', '/api/vendor-organisations')[0]?.body).toEqual({
      name: 'Nord Lärande AB',
      organisationNumber: '559300-0127',
      contactName: 'Nora Nyström',
      contactEmail: 'nora@nordlarande.example',
    })
    expect(within(screen.getByTestId('vendor-organisations-table')).getByRole('row', { name: /Nord Lärande AB/ })).toBeInTheDocument()
  })
})
