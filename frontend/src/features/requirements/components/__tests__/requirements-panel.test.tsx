import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantUser } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'
import { clearPresence, publishPresence } from '@/lib/live/presence'

import { RequirementsPanel } from '../requirements-panel'
import { aRequirement, NEEDS, NEEDS_URL, noContent, PRESENCE_URL, REQUIREMENTS, REQUIREMENTS_URL } from './requirement-fixtures'

const URL = REQUIREMENTS_URL

function cardTexts() {
  return screen.getAllByTestId('requirement-card').map((c) => c.querySelector('.requirement-card__text')?.textContent)
}

function cardOf(text: RegExp) {
  return screen.getAllByTestId('requirement-card').find((c) => text.test(c.textContent ?? ''))!
}

afterEach(() => clearPresence('p1'))

describe('RequirementsPanel', () => {
  it('exports the requirements shown to a spreadsheet file with the needs spelled out', async () => {
    const files: { name: string; text: Promise<string> }[] = []
    vi.spyOn(globalThis.URL, 'createObjectURL').mockImplementation((blob) => {
      files.push({ name: '', text: (blob as Blob).text() })
      return 'blob:export'
    })
    vi.spyOn(globalThis.URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files[files.length - 1]!.name = this.download
    })
    mockFetch({ [`GET ${URL}`]: REQUIREMENTS, [`GET ${NEEDS_URL}`]: NEEDS })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" procurementTitle="Ny lärplattform" />, {
      person: tenantUser(),
    })
    await screen.findAllByTestId('requirement-card')
    await screen.findAllByText('Lärare rapporterar frånvaro snabbt')

    await user.click(screen.getByRole('button', { name: 'Exportera till Excel (CSV)' }))
    expect(click).toHaveBeenCalledTimes(1)
    expect(files[0]!.name).toBe('ny-larplattform-krav.csv')
    const lines = (await files[0]!.text).replace('\uFEFF', '').split('\r\n')
    expect(lines[0]).toBe('Nr;Krav;Typ;Vikt;Viktandel (%);Kategori;Verifieringsmetod;Behov')
    expect(lines).toHaveLength(REQUIREMENTS.length + 2)
    expect(lines[1]).toContain('Bör-krav;30;75;Funktion;Användartest;Lärare rapporterar frånvaro snabbt')
    expect(lines[1]).toMatch(/^K1;/)
    expect(screen.getAllByTestId('requirement-number').map((n) => n.textContent)).toEqual(['K1', 'K2', 'K3'])
    // beside it, the real workbook the server makes
    expect(screen.getByRole('link', { name: 'Ladda ner Excel' })).toHaveAttribute('href', '/api/procurements/p1/requirements.xlsx')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kategori' }), 'SUPPORT_AND_TRAINING')
    await user.click(screen.getByRole('button', { name: 'Exportera de visade kraven (CSV)' }))
    const shown = (await files[1]!.text).split('\r\n')
    expect(shown).toHaveLength(3)
    // the requirement's own number, as on its card, not its place among those shown
    expect(shown[1]).toMatch(/^K3;Support på svenska vardagar\./)
    vi.restoreAllMocks()
  })


  it('shows kind, category, the weight with its share of the total, verification, the needs served and the template', async () => {
    mockFetch({ [`GET ${URL}`]: REQUIREMENTS, [`GET ${NEEDS_URL}`]: NEEDS })
    renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: tenantUser() })

    const cards = await screen.findAllByTestId('requirement-card')
    expect(cards).toHaveLength(3)
    const first = cards[0]!
    expect(first).toHaveTextContent('Bör-krav')
    expect(first).toHaveTextContent('Funktion')
    expect(within(first).getByTestId('weight-share')).toHaveTextContent('Vikt 30 · 75 % av den totala vikten')
    expect(first.querySelector('meter')).toHaveAttribute('value', '75')
    expect(first).toHaveTextContent('VerifieringsmetodAnvändartest')
    expect(await within(first).findByText('Lärare rapporterar frånvaro snabbt')).toBeInTheDocument()

    const mandatory = cardOf(/Skolfederation/)
    expect(mandatory).toHaveTextContent('Ska-krav')
    expect(mandatory).toHaveTextContent('Identitet och e-legitimation')
    expect(within(mandatory).queryByTestId('weight-share')).not.toBeInTheDocument()
    expect(within(mandatory).getByTestId('requirement-needs')).toHaveTextContent('Inget behov kopplat')

    expect(cardOf(/Support/)).toHaveTextContent('Från biblioteket: Support på svenska (version 3)')
    expect(screen.getByTestId('requirements-count')).toHaveTextContent('3 krav')
    // a team member who is not a buyer reads, and does not write
    expect(screen.queryByRole('button', { name: 'Nytt krav' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Ändra kravet/ })).not.toBeInTheDocument()
  })

  it('filters by category, kind and “utan behov”, and searches text and verification method', async () => {
    mockFetch({ [`GET ${URL}`]: REQUIREMENTS, [`GET ${NEEDS_URL}`]: NEEDS })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: tenantUser() })
    await screen.findAllByTestId('requirement-card')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kategori' }), 'SUPPORT_AND_TRAINING')
    expect(cardTexts()).toEqual(['Support på svenska vardagar.'])
    expect(screen.getByTestId('requirements-count')).toHaveTextContent('Visar 1 av 3 krav')
    await user.click(screen.getByRole('button', { name: 'Rensa filter' }))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ' }), 'MANDATORY')
    expect(cardTexts()).toEqual(['Inloggning ska ske via Skolfederation.'])
    await user.click(screen.getByRole('button', { name: 'Rensa filter' }))

    await user.click(screen.getByRole('checkbox', { name: 'Bara krav utan behov' }))
    expect(cardTexts()).toEqual(['Inloggning ska ske via Skolfederation.'])
    await user.click(screen.getByRole('button', { name: 'Rensa filter' }))
    expect(screen.getAllByTestId('requirement-card')).toHaveLength(3)

    await user.type(screen.getByRole('searchbox', { name: 'Sök i kraven' }), 'avtalsvillkor')
    expect(cardTexts()).toEqual(['Support på svenska vardagar.'])
    await user.clear(screen.getByRole('searchbox', { name: 'Sök i kraven' }))
    await user.type(screen.getByRole('searchbox', { name: 'Sök i kraven' }), 'finns inte')
    expect(screen.getByText('Inga krav matchar')).toBeInTheDocument()
  })

  it('sorts by category, by weight (highest first) and by latest change', async () => {
    mockFetch({ [`GET ${URL}`]: REQUIREMENTS, [`GET ${NEEDS_URL}`]: NEEDS })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: tenantUser() })
    await screen.findAllByTestId('requirement-card')
    const [evaluated, mandatory, support] = REQUIREMENTS.map((r) => r.text)

    // categories in the order of the taxonomy: function, identity, support
    expect(cardTexts()).toEqual([evaluated, mandatory, support])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortera' }), 'weight')
    expect(cardTexts()).toEqual([evaluated, support, mandatory])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortera' }), 'updated')
    expect(cardTexts()).toEqual([mandatory, evaluated, support])
  })

  it('lets a buyer write a requirement serving open needs, refusing an evaluated one without a weight', async () => {
    const api = mockFetch({
      [`GET ${URL}`]: [],
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`POST ${URL}`]: () => jsonResponse(aRequirement({ id: 'r9' }), 201),
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await user.click(await screen.findByRole('button', { name: 'Nytt krav' }))
    expect(screen.getByRole('link', { name: 'Hämta från kravbiblioteket' })).toHaveAttribute('href', '/bibliotek?upphandling=p1')
    const form = screen.getByRole('form', { name: 'Nytt krav' })
    expect(within(form).getByRole('textbox', { name: 'Kravtext' })).toHaveFocus()

    await user.type(within(form).getByRole('textbox', { name: 'Kravtext' }), 'Frånvaro ska kunna rapporteras med högst tre klick.')
    // a weight only for evaluated requirements
    expect(within(form).queryByRole('textbox', { name: 'Vikt (1–100)' })).not.toBeInTheDocument()
    await user.click(within(form).getByRole('radio', { name: 'Bör-krav' }))
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kategori' }), 'FUNCTION')
    // open and accepted needs only
    const needs = within(form).getByRole('group', { name: 'Behov som kravet tillgodoser' })
    expect(within(needs).getAllByRole('checkbox').map((box) => box.closest('.checkbox')?.textContent)).toEqual([
      'Lärare rapporterar frånvaro snabbt',
      'Vårdnadshavare får besked samma dag',
    ])
    await user.click(within(needs).getByRole('checkbox', { name: 'Lärare rapporterar frånvaro snabbt' }))
    await user.click(within(form).getByRole('button', { name: 'Spara kravet' }))
    expect(screen.getByText('Ett bör-krav behöver en vikt mellan 1 och 100.')).toBeInTheDocument()
    expect(within(form).getByRole('textbox', { name: 'Vikt (1–100)' })).toHaveFocus()
    expect(api.requestsTo('POST', URL)).toHaveLength(0)

    await user.type(within(form).getByRole('textbox', { name: 'Vikt (1–100)' }), '30')
    await user.click(within(form).getByRole('button', { name: 'Spara kravet' }))
    expect(await screen.findByText('Kravet är sparat.')).toBeInTheDocument()
    expect(api.requestsTo('POST', URL)[0]!.body).toEqual({
      text: 'Frånvaro ska kunna rapporteras med högst tre klick.',
      kind: 'EVALUATED',
      weight: 30,
      category: 'FUNCTION',
      verificationMethod: null,
      needIds: ['n1'],
    })
    expect(screen.queryByRole('form', { name: 'Nytt krav' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nytt krav' })).toHaveFocus()
  })

  it('shows the server’s objection at its field, in Swedish, keeping everything typed', async () => {
    mockFetch({
      [`GET ${URL}`]: [],
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`POST ${URL}`]: problemResponse(400, {
        code: 'requirement.unknown-need',
        detail: 'A requirement can only serve open needs of the same procurement.',
        errors: [{ field: 'needIds', message: 'A requirement can only serve open needs of the same procurement.' }],
      }),
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await user.click(await screen.findByRole('button', { name: 'Nytt krav' }))
    const form = screen.getByRole('form', { name: 'Nytt krav' })
    await user.type(within(form).getByRole('textbox', { name: 'Kravtext' }), 'Inloggning via Skolfederation.')
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kategori' }), 'IDENTITY_AND_EID')
    await user.click(within(form).getByRole('checkbox', { name: 'Vårdnadshavare får besked samma dag' }))
    await user.click(within(form).getByRole('button', { name: 'Spara kravet' }))

    const needs = within(form).getByRole('group', { name: 'Behov som kravet tillgodoser' })
    expect(await within(needs).findByText(/Något av de valda behoven är inte längre öppet/)).toBeInTheDocument()
    // focus moves to the group that needs another look
    expect(within(needs).getByRole('checkbox', { name: 'Lärare rapporterar frånvaro snabbt' })).toHaveFocus()
    expect(within(needs).getByRole('checkbox', { name: 'Vårdnadshavare får besked samma dag' })).toBeChecked()
    expect(within(form).getByRole('textbox', { name: 'Kravtext' })).toHaveValue('Inloggning via Skolfederation.')
    expect(within(form).getByRole('combobox', { name: 'Kategori' })).toHaveValue('IDENTITY_AND_EID')
    expect(screen.queryByText('Kravet är sparat.')).not.toBeInTheDocument()
  })

  it('shows who else is editing a requirement, but not the person themself', async () => {
    mockFetch({ [`GET ${URL}`]: REQUIREMENTS, [`GET ${NEEDS_URL}`]: NEEDS })
    renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await screen.findAllByTestId('requirement-card')
    expect(screen.queryByTestId('editing-badge')).not.toBeInTheDocument()

    act(() =>
      publishPresence('p1', {
        people: [
          { id: 'person-1', name: 'Anna Andersson', editing: 'r2' },
          { id: 'person-7', name: 'Sara Nyström', editing: 'r1' },
        ],
      }),
    )
    expect(screen.getAllByTestId('editing-badge')).toHaveLength(1)
    expect(within(cardOf(/tre klick/)).getByTestId('editing-badge')).toHaveTextContent('Sara Nyström redigerar')
    expect(within(cardOf(/Skolfederation/)).queryByTestId('editing-badge')).not.toBeInTheDocument()
  })

  it('tells the others while the editor is open, and stops telling when it closes', async () => {
    const api = mockFetch({ [`GET ${URL}`]: [aRequirement()], [`GET ${NEEDS_URL}`]: NEEDS, [`PUT ${PRESENCE_URL}`]: noContent })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    const edit = await screen.findByRole('button', { name: /Ändra kravet/ })
    await user.click(edit)
    expect(api.requestsTo('PUT', PRESENCE_URL).map((r) => r.body)).toEqual([{ editing: 'r1' }])
    const form = screen.getByRole('form', { name: 'Ändra kravet' })
    expect(within(form).getByRole('textbox', { name: 'Kravtext' })).toHaveFocus()

    await user.click(within(form).getByRole('button', { name: 'Avbryt' }))
    expect(api.requestsTo('PUT', PRESENCE_URL).map((r) => r.body)).toEqual([{ editing: 'r1' }, { editing: null }])
    expect(screen.getByRole('button', { name: /Ändra kravet/ })).toHaveFocus()
  })

  it('renders what the app composes into each card, e.g. the comments', async () => {
    mockFetch({ [`GET ${URL}`]: REQUIREMENTS, [`GET ${NEEDS_URL}`]: NEEDS })
    renderWithProviders(<RequirementsPanel procurementId="p1" itemExtras={(id) => <p data-testid="extras">kommentarer för {id}</p>} />, {
      person: tenantUser(),
    })
    await screen.findAllByTestId('requirement-card')
    expect(within(cardOf(/Skolfederation/)).getByTestId('extras')).toHaveTextContent('kommentarer för r2')
  })

  it('shows the timeline of a requirement: who, when, which field, from what to what', async () => {
    mockFetch({
      [`GET ${URL}`]: [aRequirement()],
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`GET ${URL}/r1/history`]: [
        { version: 1, at: '2026-11-18T08:00:00Z', by: { id: 'b1', name: 'Johan Berg' }, type: 'RequirementCreated', changes: [] },
        {
          version: 2,
          at: '2026-11-20T10:00:00Z',
          by: { id: 'b2', name: 'Sara Nyström' },
          type: 'RequirementEdited',
          changes: [
            { field: 'kind', from: 'MANDATORY', to: 'EVALUATED' },
            { field: 'needIds', from: [], to: ['n1'] },
          ],
        },
      ],
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: tenantUser() })
    const opener = await screen.findByRole('button', { name: /Historik för kravet/ })
    await user.click(opener)

    const dialog = screen.getByRole('dialog', { name: 'Historik för kravet' })
    const entries = await within(dialog).findAllByTestId('history-entry')
    expect(entries).toHaveLength(2)
    expect(entries[0]).toHaveTextContent('Kravet ändrades')
    expect(entries[0]).toHaveTextContent('Sara Nyström')
    expect(entries[0]).toHaveTextContent('Typ av kravfrån Ska-krav → till Bör-krav')
    expect(entries[0]).toHaveTextContent('Behov som kravet tillgodoserfrån (tomt) → till Lärare rapporterar frånvaro snabbt')
    expect(entries[1]).toHaveTextContent('Kravet skrevs')
    expect(entries[1]).toHaveTextContent('Johan Berg')

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })
})

describe('RequirementsPanel after publication', () => {
  it('turns a change into an amendment with a reason, and passes on the warning to extend the deadline', async () => {
    const api = mockFetch({
      [`GET ${URL}`]: [aRequirement()],
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/procurements/p1/publication': { requirementSetVersion: 1 },
      [`PUT ${PRESENCE_URL}`]: noContent,
      'GET /api/procurements/p1/amendments': [
        {
          number: 1,
          at: '2026-11-25T10:00:00Z',
          setVersion: 2,
          requirementId: 'r1',
          withdrawn: false,
          changes: [{ field: 'kind', from: 'EVALUATED', to: 'MANDATORY' }],
          reason: 'Krav från dialogen.',
          closeToDeadline: true,
        },
      ],
      'POST /api/procurements/p1/amendments': {
        amendment: { number: 1, setVersion: 2 },
        warning: { code: 'amendment.close-to-deadline', message: 'Consider extending.' },
      },
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    const log = await screen.findByTestId('amendments')
    expect(log).toHaveTextContent('Typ av krav: Bör-krav → Ska-krav')
    expect(log).toHaveTextContent('överväg att förlänga anbudstiden')
    await user.click(await screen.findByRole('button', { name: /Rätta kravet/ }))
    expect(screen.queryByRole('button', { name: 'Nytt krav' })).not.toBeInTheDocument()

    const text = screen.getByRole('textbox', { name: 'Kravtext' })
    await user.clear(text)
    await user.type(text, 'Frånvaro ska kunna rapporteras med högst två klick.')
    await user.click(screen.getByRole('button', { name: 'Publicera rättelsen' }))
    expect(api.requestsTo('POST', '/api/procurements/p1/amendments')).toHaveLength(0)
    await user.type(screen.getByRole('textbox', { name: 'Skäl till rättelsen' }), 'Skärpt efter dialogen.')
    await user.click(screen.getByRole('button', { name: 'Publicera rättelsen' }))
    const confirm = await screen.findByTestId('confirm-amendment')
    expect(api.requestsTo('POST', '/api/procurements/p1/amendments')).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Ja, publicera rättelsen' }))

    expect(await screen.findByText(/Rättelse 1 är publicerad \(kravversion 2\)\. Rättelsen kommer nära sista anbudsdag/)).toBeInTheDocument()
    expect(api.requestsTo('POST', '/api/procurements/p1/amendments')[0]!.body).toEqual({
      requirementId: 'r1',
      changes: { text: 'Frånvaro ska kunna rapporteras med högst två klick.' },
      reason: 'Skärpt efter dialogen.',
    })
  })
})
