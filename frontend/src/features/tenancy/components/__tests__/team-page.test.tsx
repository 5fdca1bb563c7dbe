import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { tenantAdmin, tenantUser } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import type { Member } from '../../api/get-members'
import { TeamPage } from '../team-page'

const MEMBERS: Member[] = [
  { id: 'm1', name: 'Anna Andersson', email: 'anna.andersson@lund.se', roles: ['TENANT_ADMIN', 'BUYER'], active: true },
  { id: 'm2', name: 'Bo Berg', email: 'bo.berg@lund.se', roles: ['USER'], active: false },
]

function memberRow(name: string) {
  const row = screen.getAllByTestId('member-row').find((r) => within(r).queryByRole('rowheader', { name }))
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

describe('TeamPage', () => {
  it('lists the members with e-mail, roles in words and status', async () => {
    mockFetch({ 'GET /api/tenant/schools': ['Solbacka skola'], 'GET /api/tenant/members': MEMBERS })

    renderWithProviders(<TeamPage />, { person: tenantUser() })

    const table = await screen.findByRole('table', { name: 'Medlemmar i organisationen' })
    expect(within(table).getAllByTestId('member-row')).toHaveLength(2)
    const anna = memberRow('Anna Andersson')
    expect(anna).toHaveTextContent('anna.andersson@lund.se')
    expect(anna).toHaveTextContent('Administratör, Inköpare')
    expect(anna).toHaveTextContent('Aktiv')
    const bo = memberRow('Bo Berg')
    expect(bo).toHaveTextContent('Användare')
    expect(bo).toHaveTextContent('Inbjuden')
  })

  it('shows no add form and no role editing to a member who is not an administrator', async () => {
    mockFetch({ 'GET /api/tenant/schools': ['Solbacka skola'], 'GET /api/tenant/members': MEMBERS })

    renderWithProviders(<TeamPage />, { person: tenantUser() })

    await screen.findByRole('table')
    expect(screen.queryByRole('form', { name: 'Lägg till medlem' })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Namn')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Lägg till' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Ändra roller/ })).not.toBeInTheDocument()
    expect(screen.getByText('Bara administratörer kan lägga till medlemmar och ändra roller.')).toBeInTheDocument()
  })

  it('gives an administrator a form to add a member', async () => {
    mockFetch({ 'GET /api/tenant/schools': ['Solbacka skola'], 'GET /api/tenant/members': MEMBERS })

    renderWithProviders(<TeamPage />, { person: tenantAdmin() })

    const form = screen.getByRole('form', { name: 'Lägg till medlem' })
    expect(within(form).getByLabelText('Namn')).toHaveValue('')
    expect(within(form).getByLabelText('E-post')).toHaveAttribute('type', 'email')
    expect(within(form).getByRole('checkbox', { name: 'Administratör' })).not.toBeChecked()
    expect(within(form).getByRole('checkbox', { name: 'Inköpare' })).not.toBeChecked()
    expect(within(form).getByRole('checkbox', { name: 'Användare' })).toBeChecked()
    expect(within(form).getByRole('button', { name: 'Lägg till' })).toBeEnabled()
    expect(await screen.findAllByRole('button', { name: /Ändra roller/ })).toHaveLength(2)
  })

  it('adds a member: posts with the CSRF token, shows the member and confirms', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-123'
    const created: Member = { id: 'm3', name: 'Cecilia Ek', email: 'cecilia.ek@lund.se', roles: ['BUYER'], active: false }
    const { requestsTo } = mockFetch({
      'GET /api/tenant/schools': ['Solbacka skola'],
      'GET /api/tenant/members': MEMBERS,
      'POST /api/tenant/members': () => jsonResponse(created, 201),
    })
    const { user } = renderWithProviders(<TeamPage />, { person: tenantAdmin() })
    await screen.findByRole('table')
    const form = screen.getByRole('form', { name: 'Lägg till medlem' })

    await user.type(within(form).getByLabelText('Namn'), 'Cecilia Ek')
    await user.type(within(form).getByLabelText('E-post'), 'cecilia.ek@lund.se')
    await user.click(within(form).getByRole('checkbox', { name: 'Inköpare' }))
    await user.click(within(form).getByRole('checkbox', { name: 'Användare' }))
    await user.click(within(form).getByRole('button', { name: 'Lägg till' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Cecilia Ek är tillagd.')
    const [post] = requestsTo('POST', '/api/tenant/members')
    expect(post?.body).toEqual({ name: 'Cecilia Ek', email: 'cecilia.ek@lund.se', roles: ['BUYER'] })
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('csrf-123')
    expect(memberRow('Cecilia Ek')).toHaveTextContent('Inköpare')
    // ready for the next one
    expect(within(form).getByLabelText('Namn')).toHaveValue('')
    expect(within(form).getByLabelText('E-post')).toHaveValue('')
  })

  it('explains a taken e-mail address in Swedish and keeps what was typed', async () => {
    mockFetch({
      'GET /api/tenant/schools': ['Solbacka skola'],
      'GET /api/tenant/members': MEMBERS,
      'POST /api/tenant/members': problemResponse(409, {
        title: 'Conflict',
        detail: 'Email address is already registered',
        code: 'member.email-taken',
      }),
    })
    const { user } = renderWithProviders(<TeamPage />, { person: tenantAdmin() })
    const form = screen.getByRole('form', { name: 'Lägg till medlem' })

    await user.type(within(form).getByLabelText('Namn'), 'Bo Berg')
    await user.type(within(form).getByLabelText('E-post'), 'bo.berg@lund.se')
    await user.click(within(form).getByRole('checkbox', { name: 'Administratör' }))
    await user.click(within(form).getByRole('button', { name: 'Lägg till' }))

    const alert = await within(form).findByRole('alert')
    expect(alert).toHaveTextContent('Medlemmen kunde inte läggas till.')
    expect(alert).toHaveTextContent('Det finns redan en användare med den e-postadressen.')
    expect(alert).not.toHaveTextContent('already registered')
    const email = within(form).getByLabelText('E-post')
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription(/Det finns redan en användare med den e-postadressen/)
    expect(within(form).getByLabelText('Namn')).toHaveValue('Bo Berg')
    expect(email).toHaveValue('bo.berg@lund.se')
    expect(within(form).getByRole('checkbox', { name: 'Administratör' })).toBeChecked()
    expect(within(form).getByRole('checkbox', { name: 'Användare' })).toBeChecked()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('shows the server’s field errors next to the fields', async () => {
    mockFetch({
      'GET /api/tenant/schools': ['Solbacka skola'],
      'GET /api/tenant/members': MEMBERS,
      'POST /api/tenant/members': problemResponse(400, {
        title: 'Bad Request',
        detail: 'Invalid request content.',
        errors: [{ field: 'name', message: 'Namnet är för långt.' }],
      }),
    })
    const { user } = renderWithProviders(<TeamPage />, { person: tenantAdmin() })
    const form = screen.getByRole('form', { name: 'Lägg till medlem' })

    await user.type(within(form).getByLabelText('Namn'), 'X'.repeat(20))
    await user.type(within(form).getByLabelText('E-post'), 'x@lund.se')
    await user.click(within(form).getByRole('button', { name: 'Lägg till' }))

    const name = within(form).getByLabelText('Namn')
    expect(await within(form).findByText('Namnet är för långt.')).toBeInTheDocument()
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription(/Namnet är för långt/)
    expect(name).toHaveValue('X'.repeat(20))
  })

  it('checks required fields before sending anything', async () => {
    const { requestsTo } = mockFetch({ 'GET /api/tenant/schools': ['Solbacka skola'], 'GET /api/tenant/members': MEMBERS })
    const { user } = renderWithProviders(<TeamPage />, { person: tenantAdmin() })
    const form = screen.getByRole('form', { name: 'Lägg till medlem' })

    await user.type(within(form).getByLabelText('E-post'), 'inte-en-adress')
    await user.click(within(form).getByRole('checkbox', { name: 'Användare' }))
    await user.click(within(form).getByRole('button', { name: 'Lägg till' }))

    expect(within(form).getByLabelText('Namn')).toHaveAccessibleDescription(/Fyll i det här fältet/)
    expect(within(form).getByLabelText('Namn')).toHaveFocus()
    expect(within(form).getByLabelText('E-post')).toHaveAccessibleDescription(/Skriv en e-postadress/)
    expect(within(form).getByText('Välj minst en roll.')).toBeInTheDocument()
    expect(requestsTo('POST', '/api/tenant/members')).toHaveLength(0)
  })

  it('lets an administrator change a member’s roles', async () => {
    const updated: Member = { ...MEMBERS[1]!, roles: ['BUYER', 'USER'] }
    const { requestsTo } = mockFetch({
      'GET /api/tenant/schools': ['Solbacka skola'],
      'GET /api/tenant/members': MEMBERS,
      'PUT /api/tenant/members/m2/roles': updated,
    })
    const { user } = renderWithProviders(<TeamPage />, { person: tenantAdmin() })
    await screen.findByRole('table')

    await user.click(screen.getByRole('button', { name: 'Ändra roller för Bo Berg' }))
    const editor = screen.getByRole('group', { name: 'Roller för Bo Berg' })
    expect(within(editor).getByRole('checkbox', { name: 'Administratör' })).toHaveFocus()
    await user.click(within(editor).getByRole('checkbox', { name: 'Inköpare' }))
    await user.click(screen.getByRole('button', { name: 'Spara roller' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Rollerna för Bo Berg är sparade.')
    expect(requestsTo('PUT', '/api/tenant/members/m2/roles')[0]?.body).toEqual({ roles: ['BUYER', 'USER'] })
    expect(memberRow('Bo Berg')).toHaveTextContent('Inköpare, Användare')
    expect(screen.queryByRole('group', { name: 'Roller för Bo Berg' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Ändra roller för Bo Berg' })).toHaveFocus()
  })

  it('explains why the last administrator cannot lose the role, keeping the choice', async () => {
    mockFetch({
      'GET /api/tenant/schools': ['Solbacka skola'],
      'GET /api/tenant/members': MEMBERS,
      'PUT /api/tenant/members/m1/roles': problemResponse(409, { code: 'tenant.last-admin', detail: 'last admin' }),
    })
    const { user } = renderWithProviders(<TeamPage />, { person: tenantAdmin() })
    await screen.findByRole('table')

    await user.click(screen.getByRole('button', { name: 'Ändra roller för Anna Andersson' }))
    const editor = screen.getByRole('group', { name: 'Roller för Anna Andersson' })
    await user.click(within(editor).getByRole('checkbox', { name: 'Administratör' }))
    await user.click(screen.getByRole('button', { name: 'Spara roller' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Organisationen måste ha minst en administratör. Ge någon annan rollen Administratör först.',
    )
    expect(within(editor).getByRole('checkbox', { name: 'Administratör' })).not.toBeChecked()
    expect(within(editor).getByRole('checkbox', { name: 'Inköpare' })).toBeChecked()
    // the editor stays open for another try; nothing claims success
    expect(screen.getByRole('group', { name: 'Roller för Anna Andersson' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('shows a readable message when the members cannot be loaded', async () => {
    mockFetch({ 'GET /api/tenant/schools': ['Solbacka skola'], 'GET /api/tenant/members': problemResponse(403, { title: 'Forbidden' }) })

    renderWithProviders(<TeamPage />, { person: tenantUser() })

    expect(await screen.findByRole('alert')).toHaveTextContent('Du har inte behörighet att göra det här.')
  })

  it('lets the administrator keep the list of schools, one per line', async () => {
    const { requestsTo } = mockFetch({
      'GET /api/tenant/schools': ['Solbacka skola'],
      'GET /api/tenant/members': MEMBERS,
      'PUT /api/tenant/schools': ['Solbacka skola', 'Hagalund'],
    })
    const { user } = renderWithProviders(<TeamPage />, { person: tenantAdmin() })
    const list = await screen.findByLabelText('Skolor, en per rad', { exact: false })
    await vi.waitFor(() => expect(list).toHaveValue('Solbacka skola'))
    await user.type(list, '{Enter}Hagalund{Enter}  ')
    await user.click(screen.getByRole('button', { name: 'Spara skolorna' }))
    expect(await screen.findByText('2 skolor sparade.')).toBeInTheDocument()
    expect(requestsTo('PUT', '/api/tenant/schools')[0]!.body).toEqual({ schools: ['Solbacka skola', 'Hagalund'] })
  })

  it('shows a member the schools without a form', async () => {
    mockFetch({ 'GET /api/tenant/schools': ['Solbacka skola'], 'GET /api/tenant/members': MEMBERS })
    renderWithProviders(<TeamPage />, { person: tenantUser() })
    expect(await within(await screen.findByTestId('schools-section')).findByText('Solbacka skola')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Spara skolorna' })).not.toBeInTheDocument()
  })
})
