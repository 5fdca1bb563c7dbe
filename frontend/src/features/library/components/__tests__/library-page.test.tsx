import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantUser } from '@/test/fixtures'
import { PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'

import { LibraryPage } from '../library-page'

const LIBRARY = '/api/library/requirements'

const SS12000 = {
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
  schoolProcesses: ['attendance'],
  references: ['SS 12000:2020'],
  retired: false,
  usageCount: 10,
}

const WCAG = {
  id: 't2',
  key: 'wcag',
  revision: 1,
  titleSv: 'Tillgänglighet enligt WCAG 2.1 AA',
  titleEn: null,
  text: 'Tjänsten bör uppfylla WCAG 2.1 nivå AA.',
  kind: 'EVALUATED',
  defaultWeight: 20,
  category: 'ACCESSIBILITY',
  verificationMethod: null,
  schoolProcesses: [],
  references: ['EN 301 549', 'WCAG 2.1 AA'],
  retired: false,
  usageCount: null,
}

const staff = () => aPerson({ id: 'staff-1', name: 'Sara Förening', tenant: null, roles: ['ASSOCIATION_STAFF'] })

function card(title: string) {
  const found = screen.getAllByTestId('template-card').find((c) => within(c).queryByRole('heading', { name: title }))
  if (!found) throw new Error(`no card ${title}`)
  return found
}

describe('LibraryPage', () => {
  it('shows each template with what a buyer needs to judge it', async () => {
    mockFetch({ [`GET ${LIBRARY}`]: [SS12000, WCAG], 'GET /api/process-map': PROCESS_MAP })
    renderWithProviders(<LibraryPage />, { person: tenantUser() })

    expect(await screen.findAllByTestId('template-card')).toHaveLength(2)
    const ss = card('Import enligt SS 12000')
    expect(ss).toHaveTextContent('Ska-krav')
    expect(ss).toHaveTextContent('Interoperabilitet')
    expect(ss).toHaveTextContent('Test med exportfil')
    expect(ss).toHaveTextContent('SS 12000:2020')
    expect(await within(ss).findByText('Närvaro och frånvaro')).toBeInTheDocument()
    expect(within(ss).getByTestId('template-meta')).toHaveTextContent('Version 2 · Använd i minst 10 tilldelade upphandlingar')
    const wcag = card('Tillgänglighet enligt WCAG 2.1 AA')
    expect(wcag).toHaveTextContent('Bör-krav')
    expect(wcag).toHaveTextContent('Förslag på vikt20')
    expect(screen.getByTestId('library-count')).toHaveTextContent('2 mallar')
    // a user (not a buyer) cannot add templates
    expect(screen.queryByRole('combobox', { name: 'Lägg till i upphandling' })).not.toBeInTheDocument()
  })

  it('shows titles in the UI language, falling back to the Swedish title', async () => {
    window.localStorage.setItem('inkopsstod.language', 'en')
    mockFetch({ [`GET ${LIBRARY}`]: [SS12000, WCAG], 'GET /api/process-map': PROCESS_MAP })
    renderWithProviders(<LibraryPage />, { person: tenantUser() })

    expect(await screen.findByRole('heading', { name: 'Import per SS 12000' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Tillgänglighet enligt WCAG 2.1 AA' })).toBeInTheDocument()
    expect(await within(card('Import per SS 12000')).findByText('Attendance and absence')).toBeInTheDocument()
  })

  it('searches once typing pauses and filters by category, kind and school process', async () => {
    const api = mockFetch({
      [`GET ${LIBRARY}`]: [SS12000, WCAG],
      [`GET ${LIBRARY}?q=SS+12000`]: [SS12000],
      [`GET ${LIBRARY}?q=SS+12000&category=INTEROPERABILITY`]: [SS12000],
      [`GET ${LIBRARY}?q=SS+12000&category=INTEROPERABILITY&kind=MANDATORY`]: [SS12000],
      [`GET ${LIBRARY}?q=SS+12000&category=INTEROPERABILITY&kind=MANDATORY&process=attendance`]: [],
      'GET /api/process-map': PROCESS_MAP,
    })
    const { user } = renderWithProviders(<LibraryPage />, { person: tenantUser() })
    await screen.findAllByTestId('template-card')

    await user.type(screen.getByRole('searchbox', { name: 'Sök i biblioteket' }), 'SS 12000')
    await waitFor(() => expect(screen.getAllByTestId('template-card')).toHaveLength(1))
    // one search for the whole phrase, none per keystroke
    expect(api.requests.filter((r) => r.url.startsWith(`${LIBRARY}?`)).map((r) => r.url)).toEqual([`${LIBRARY}?q=SS+12000`])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kategori' }), 'Interoperabilitet')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ' }), 'Ska-krav')
    await screen.findByRole('option', { name: 'Närvaro och frånvaro' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Skolprocess' }), 'Närvaro och frånvaro')

    expect(await screen.findByText('Inga mallar matchar sökningen.')).toBeInTheDocument()
    expect(api.requestsTo('GET', `${LIBRARY}?q=SS+12000&category=INTEROPERABILITY&kind=MANDATORY&process=attendance`)).toHaveLength(1)
    await user.click(screen.getAllByRole('button', { name: 'Rensa sökning och filter' })[0]!)
    expect(await screen.findAllByTestId('template-card')).toHaveLength(2)
    expect(screen.getByRole('searchbox', { name: 'Sök i biblioteket' })).toHaveValue('')
  })

  it('lets a buyer add a template to the procurement the workspace linked from, serving chosen needs', async () => {
    const api = mockFetch({
      [`GET ${LIBRARY}`]: [SS12000],
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/procurements': [
        { id: 'p1', title: 'Ny lärplattform', phase: 'REQUIREMENTS' },
        { id: 'p2', title: 'Frånvarosystem', phase: 'NEEDS_ANALYSIS' },
        { id: 'p3', title: 'Avslutad', phase: 'CLOSED' },
      ],
      'GET /api/procurements/p1/needs': [
        { id: 'n1', statement: 'Elevlistor ska komma från elevregistret', status: 'ACCEPTED' },
        { id: 'n2', statement: 'Lärare vill slippa dubbelregistrering', status: 'PROPOSED' },
        { id: 'n3', statement: 'Avvisat behov', status: 'REJECTED' },
      ],
      'POST /api/procurements/p1/requirements': () => jsonResponse({ id: 'r1' }, 201),
    })
    const { user } = renderWithProviders(<LibraryPage />, { person: aPerson(), route: '/bibliotek?upphandling=p1' })

    expect(await screen.findByRole('link', { name: 'Tillbaka till kraven i Ny lärplattform' })).toHaveAttribute(
      'href',
      '/upphandlingar/p1?flik=krav',
    )
    const ss = card('Import enligt SS 12000')
    const select = within(ss).getByRole('combobox', { name: 'Lägg till i upphandling' })
    expect(select).toHaveValue('p1')
    expect(within(select).queryByRole('option', { name: 'Avslutad' })).not.toBeInTheDocument()
    await user.click(await within(ss).findByText('Koppla till behov (valda: 0)'))
    const needs = within(ss).getByRole('group', { name: 'Behov som kravet tillgodoser (valfritt)' })
    expect(within(needs).queryByLabelText('Avvisat behov')).not.toBeInTheDocument()
    await user.click(within(needs).getByLabelText('Elevlistor ska komma från elevregistret'))
    expect(within(ss).getByText('Koppla till behov (valda: 1)')).toBeInTheDocument()
    await user.click(within(ss).getByRole('button', { name: 'Lägg till' }))

    const status = await within(ss).findByText('Kravet är tillagt i Ny lärplattform.')
    expect(within(status).getByRole('link', { name: 'Gå till kraven i upphandlingen' })).toHaveAttribute('href', '/upphandlingar/p1?flik=krav')
    expect(api.requestsTo('POST', '/api/procurements/p1/requirements')[0]!.body).toEqual({ templateId: 't1', needIds: ['n1'] })
  })

  it('explains why a published procurement takes no template, and keeps the choice', async () => {
    mockFetch({
      [`GET ${LIBRARY}`]: [SS12000],
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/procurements': [{ id: 'p1', title: 'Ny lärplattform', phase: 'TENDERING' }],
      'GET /api/procurements/p1/needs': [],
      'POST /api/procurements/p1/requirements': problemResponse(409, {
        code: 'requirement.frozen',
        detail: 'The tender is published and its requirements are frozen: change them through an amendment.',
      }),
    })
    const { user } = renderWithProviders(<LibraryPage />, { person: aPerson(), route: '/bibliotek' })
    const ss = await screen.findByTestId('template-card')
    const select = await within(ss).findByRole('combobox', { name: 'Lägg till i upphandling' })
    expect(select).toHaveValue('')
    expect(within(ss).getByRole('button', { name: 'Lägg till' })).toBeDisabled()
    await user.selectOptions(select, 'Ny lärplattform')
    await user.click(within(ss).getByRole('button', { name: 'Lägg till' }))

    expect(await within(ss).findByRole('alert')).toHaveTextContent('Upphandlingen är publicerad och kraven är låsta.')
    expect(select).toHaveValue('p1')
  })

  it('lets association staff create a template, checking what the server would refuse first', async () => {
    const api = mockFetch({
      [`GET ${LIBRARY}`]: [SS12000],
      'GET /api/process-map': PROCESS_MAP,
      [`POST ${LIBRARY}`]: (request) =>
        (request.body as { verificationMethod: string | null }).verificationMethod === 'x'
          ? problemResponse(400, {
              code: 'validation',
              errors: [{ field: 'references[0]', message: 'size must be between 0 and 100' }],
            })
          : jsonResponse({ ...WCAG, id: 't9', revision: 1 }, 201),
    })
    const { user } = renderWithProviders(<LibraryPage />, { person: staff() })
    await screen.findByTestId('template-card')
    // staff do not add templates to procurements
    expect(screen.queryByRole('combobox', { name: 'Lägg till i upphandling' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Ny mall' }))
    const form = screen.getByRole('form', { name: 'Ny mall' })
    expect(within(form).getByRole('textbox', { name: 'Rubrik (svenska)' })).toHaveFocus()
    await user.click(within(form).getByRole('radio', { name: 'Bör-krav' }))
    await user.click(within(form).getByRole('button', { name: 'Spara mallen' }))
    expect(within(form).getByRole('textbox', { name: 'Rubrik (svenska)' })).toHaveAccessibleDescription(/Fyll i det här fältet/)
    expect(within(form).getByRole('textbox', { name: 'Förslag på vikt' })).toHaveAccessibleDescription(
      /Ett bör-krav behöver en vikt, ett heltal från 1 till 100/,
    )
    expect(within(form).getByRole('textbox', { name: 'Rubrik (svenska)' })).toHaveFocus()
    expect(api.requestsTo('POST', LIBRARY)).toHaveLength(0)

    await user.type(within(form).getByRole('textbox', { name: 'Rubrik (svenska)' }), 'Tillgänglighet enligt WCAG 2.1 AA')
    await user.type(within(form).getByRole('textbox', { name: 'Kravtext' }), 'Tjänsten bör uppfylla WCAG 2.1 nivå AA.')
    await user.type(within(form).getByRole('textbox', { name: 'Förslag på vikt' }), '20')
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kategori' }), 'Tillgänglighet')
    await user.type(within(form).getByRole('textbox', { name: 'Verifieringsmetod' }), 'x')
    await user.click(await within(form).findByRole('checkbox', { name: 'Undervisning' }))
    await user.type(within(form).getByRole('textbox', { name: /Stöd och hänvisningar/ }), 'EN 301 549{Enter}WCAG 2.1 AA')
    await user.click(within(form).getByRole('button', { name: 'Spara mallen' }))

    // the server's objection is shown at its field, and everything typed is still there
    const references = within(form).getByRole('textbox', { name: /Stöd och hänvisningar/ })
    await waitFor(() => expect(references).toHaveAccessibleDescription(/size must be between 0 and 100/))
    expect(references).toHaveFocus()
    expect(within(form).getByRole('textbox', { name: 'Kravtext' })).toHaveValue('Tjänsten bör uppfylla WCAG 2.1 nivå AA.')

    await user.clear(within(form).getByRole('textbox', { name: 'Verifieringsmetod' }))
    await user.type(within(form).getByRole('textbox', { name: 'Verifieringsmetod' }), 'Granskning av tillgänglighetsredogörelse')
    await user.click(within(form).getByRole('button', { name: 'Spara mallen' }))

    expect(await screen.findByText('Mallen ”Tillgänglighet enligt WCAG 2.1 AA” är skapad som version 1.')).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Ny mall' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Ny mall' })).toHaveFocus()
    expect(api.requestsTo('POST', LIBRARY).at(-1)!.body).toEqual({
      titleSv: 'Tillgänglighet enligt WCAG 2.1 AA',
      titleEn: null,
      text: 'Tjänsten bör uppfylla WCAG 2.1 nivå AA.',
      kind: 'EVALUATED',
      defaultWeight: 20,
      category: 'ACCESSIBILITY',
      verificationMethod: 'Granskning av tillgänglighetsredogörelse',
      schoolProcesses: ['teaching'],
      references: ['EN 301 549', 'WCAG 2.1 AA'],
    })
  })

  it('lets association staff revise a template and says which revision it now is', async () => {
    const api = mockFetch({
      [`GET ${LIBRARY}`]: [SS12000],
      'GET /api/process-map': PROCESS_MAP,
      'PUT /api/library/requirements/t1': (request) => jsonResponse({ ...SS12000, ...(request.body as object), revision: 3 }),
    })
    const { user } = renderWithProviders(<LibraryPage />, { person: staff() })
    const ss = await screen.findByTestId('template-card')

    await user.click(within(ss).getByRole('button', { name: 'Revidera' }))
    const form = within(ss).getByRole('form', { name: 'Revidera mallen (nu version 2)' })
    const text = within(form).getByRole('textbox', { name: 'Kravtext' })
    expect(text).toHaveValue(SS12000.text)
    await user.clear(text)
    await user.type(text, 'Systemet ska läsa in elever, grupper och lärare enligt SS 12000:2020.')
    await user.click(within(form).getByRole('button', { name: 'Spara mallen' }))

    expect(await screen.findByText('Mallen är sparad som version 3.')).toBeInTheDocument()
    expect(within(ss).getByRole('button', { name: 'Revidera' })).toHaveFocus()
    expect(api.requestsTo('PUT', '/api/library/requirements/t1')[0]!.body).toEqual({
      titleSv: 'Import enligt SS 12000',
      titleEn: 'Import per SS 12000',
      text: 'Systemet ska läsa in elever, grupper och lärare enligt SS 12000:2020.',
      kind: 'MANDATORY',
      defaultWeight: null,
      category: 'INTEROPERABILITY',
      verificationMethod: 'Test med exportfil',
      schoolProcesses: ['attendance'],
      references: ['SS 12000:2020'],
    })
  })

  it('shows a refused revision in words and keeps the edit', async () => {
    mockFetch({
      [`GET ${LIBRARY}`]: [SS12000],
      'GET /api/process-map': PROCESS_MAP,
      'PUT /api/library/requirements/t1': problemResponse(409, {
        code: 'template.retired',
        detail: 'A retired template cannot be revised.',
      }),
    })
    const { user } = renderWithProviders(<LibraryPage />, { person: staff() })
    const ss = await screen.findByTestId('template-card')
    await user.click(within(ss).getByRole('button', { name: 'Revidera' }))
    await user.type(within(ss).getByRole('textbox', { name: 'Rubrik (engelska)' }), ' (rev.)')
    await user.click(within(ss).getByRole('button', { name: 'Spara mallen' }))

    expect(await within(ss).findByRole('alert')).toHaveTextContent('Mallen har gått ut och kan inte längre användas eller ändras.')
    expect(within(ss).getByRole('textbox', { name: 'Rubrik (engelska)' })).toHaveValue('Import per SS 12000 (rev.)')
  })

  it('lets association staff retire a template with a reason', async () => {
    let retired = false
    const api = mockFetch({
      [`GET ${LIBRARY}`]: () => jsonResponse(retired ? [] : [SS12000]),
      [`GET ${LIBRARY}?includeRetired=true`]: [{ ...SS12000, retired: true }],
      'GET /api/process-map': PROCESS_MAP,
      'POST /api/library/requirements/t1/retire': () => {
        retired = true
        return jsonResponse({ ...SS12000, retired: true })
      },
    })
    const { user } = renderWithProviders(<LibraryPage />, { person: staff(), route: '/bibliotek' })
    const ss = await screen.findByTestId('template-card')
    await user.click(within(ss).getByRole('button', { name: 'Låt gå ut' }))
    const reason = within(ss).getByRole('textbox', { name: 'Varför går mallen ut?' })
    expect(reason).toHaveFocus()
    await user.click(within(ss).getByRole('button', { name: 'Låt mallen gå ut' }))
    expect(reason).toHaveAccessibleDescription(/Fyll i det här fältet/)
    expect(api.requestsTo('POST', '/api/library/requirements/t1/retire')).toHaveLength(0)

    await user.type(reason, 'Ersatt av ny version av standarden.')
    await user.click(within(ss).getByRole('button', { name: 'Låt mallen gå ut' }))

    expect(await screen.findByText('Mallen ”Import enligt SS 12000” har gått ut.')).toBeInTheDocument()
    expect(api.requestsTo('POST', '/api/library/requirements/t1/retire')[0]!.body).toEqual({ reason: 'Ersatt av ny version av standarden.' })
    await waitFor(() => expect(screen.queryByTestId('template-card')).not.toBeInTheDocument())
    expect(screen.getByRole('heading', { name: 'Mallar' })).toHaveFocus()

    await user.click(screen.getByRole('checkbox', { name: 'Visa utgångna mallar' }))
    const shown = await screen.findByTestId('template-card')
    expect(shown).toHaveTextContent('Utgången')
    expect(within(shown).queryByRole('button', { name: 'Revidera' })).not.toBeInTheDocument()
  })
})
