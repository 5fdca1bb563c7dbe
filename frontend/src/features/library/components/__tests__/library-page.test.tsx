import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'

import { LibraryPage } from '../library-page'

const TEMPLATE = {
  id: 't1',
  key: 'ss12000-import',
  revision: 2,
  titleSv: 'Import enligt SS 12000',
  titleEn: 'Import per SS 12000',
  text: 'Systemet ska kunna läsa in elever och grupper enligt SS 12000.',
  kind: 'MANDATORY',
  defaultWeight: null,
  category: 'INTEROPERABILITY',
  verificationMethod: 'Test med exportfil',
  schoolProcesses: [],
  references: ['SS 12000:2020'],
  retired: false,
  usageCount: 4,
}

describe('LibraryPage', () => {
  it('lets a buyer add a template to the procurement the workspace linked from', async () => {
    const api = mockFetch({
      'GET /api/library/requirements': [TEMPLATE],
      'GET /api/library/requirements?q=SS+12000': [TEMPLATE],
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/procurements': [
        { id: 'p1', title: 'Ny lärplattform', phase: 'REQUIREMENTS' },
        { id: 'p2', title: 'Avslutad', phase: 'CLOSED' },
      ],
      'POST /api/procurements/p1/requirements': () => jsonResponse({ id: 'r1' }, 201),
    })
    const { user } = renderWithProviders(<LibraryPage />, { person: aPerson(), route: '/bibliotek?upphandling=p1' })

    const listed = await screen.findByTestId('template-card')
    expect(listed).toHaveTextContent('Import enligt SS 12000')
    expect(listed).toHaveTextContent('SS 12000:2020')
    expect(listed).toHaveTextContent('Version 2 · Använd i 4 krav')
    await user.type(screen.getByRole('searchbox', { name: 'Sök i biblioteket' }), 'SS 12000')
    await waitFor(() => expect(api.requestsTo('GET', '/api/library/requirements?q=SS+12000')).toHaveLength(1))
    const card = await screen.findByTestId('template-card')

    const select = await within(card).findByRole('combobox', { name: 'Lägg till i upphandling' })
    expect(select).toHaveValue('p1')
    expect(within(select).queryByRole('option', { name: 'Avslutad' })).not.toBeInTheDocument()
    await user.click(within(card).getByRole('button', { name: 'Lägg till' }))

    expect(await within(card).findByRole('link', { name: 'Gå till kraven i upphandlingen' })).toHaveAttribute(
      'href',
      '/upphandlingar/p1?flik=krav',
    )
    expect(api.requestsTo('POST', '/api/procurements/p1/requirements')[0]!.body).toEqual({ templateId: 't1' })
  })

  it('lets association staff retire a template with a reason', async () => {
    const api = mockFetch({
      'GET /api/library/requirements': [TEMPLATE],
      'GET /api/process-map': PROCESS_MAP,
      'POST /api/library/requirements/t1/retire': { ...TEMPLATE, retired: true },
    })
    const staff = aPerson({ tenant: null, roles: ['ASSOCIATION_STAFF'] })
    const { user } = renderWithProviders(<LibraryPage />, { person: staff, route: '/bibliotek' })
    const card = await screen.findByTestId('template-card')
    expect(within(card).queryByRole('combobox', { name: 'Lägg till i upphandling' })).not.toBeInTheDocument()
    await user.click(within(card).getByRole('button', { name: 'Låt gå ut' }))
    await user.click(within(card).getByRole('button', { name: 'Låt mallen gå ut' }))
    expect(within(card).getByText('Fyll i det här fältet.')).toBeInTheDocument()
    await user.type(within(card).getByRole('textbox', { name: 'Varför går mallen ut?' }), 'Ersatt av ny version av standarden.')
    await user.click(within(card).getByRole('button', { name: 'Låt mallen gå ut' }))
    expect(await screen.findByText('Mallen har gått ut.')).toBeInTheDocument()
    expect(api.requestsTo('POST', '/api/library/requirements/t1/retire')[0]!.body).toEqual({
      reason: 'Ersatt av ny version av standarden.',
    })
  })
})
