import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantUser } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import type { Requirement } from '../../api/requirements'
import { RequirementsPanel } from '../requirements-panel'
import { TracePanel } from '../trace-panel'

const URL = '/api/procurements/p1/requirements'
const NEEDS_URL = '/api/procurements/p1/needs'
const NEEDS = [
  { id: 'n1', statement: 'Lärare rapporterar frånvaro snabbt', status: 'ACCEPTED' },
  { id: 'n2', statement: 'Elever ser sitt schema', status: 'REJECTED' },
]

function aRequirement(overrides: Partial<Requirement> = {}): Requirement {
  return {
    id: 'r1',
    version: 1,
    procurementId: 'p1',
    text: 'Frånvaro ska kunna rapporteras med högst tre klick.',
    kind: 'EVALUATED',
    weight: 30,
    weightShare: 75,
    category: 'FUNCTION',
    verificationMethod: 'Användartest',
    needIds: ['n1'],
    template: null,
    createdBy: { id: 'b1', name: 'Johan Berg' },
    updatedAt: '2026-11-20T10:00:00Z',
    ...overrides,
  }
}

const REQUIREMENTS = [
  aRequirement(),
  aRequirement({
    id: 'r2',
    text: 'Inloggning ska ske via Skolfederation.',
    kind: 'MANDATORY',
    weight: null,
    weightShare: null,
    category: 'IDENTITY_AND_EID',
    needIds: [],
    updatedAt: '2026-11-21T10:00:00Z',
  }),
  aRequirement({ id: 'r3', text: 'Support på svenska vardagar.', weight: 10, weightShare: 25, category: 'SUPPORT_AND_TRAINING' }),
]

describe('RequirementsPanel', () => {
  it('shows kind, category, the weight with its share of the total, and the needs served', async () => {
    mockFetch({ [`GET ${URL}`]: REQUIREMENTS, [`GET ${NEEDS_URL}`]: NEEDS })
    renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: tenantUser() })

    const cards = await screen.findAllByTestId('requirement-card')
    expect(cards).toHaveLength(3)
    const first = cards[0]!
    expect(first).toHaveTextContent('Bör-krav')
    expect(first).toHaveTextContent('Funktion')
    expect(first).toHaveTextContent('Vikt 30 · 75 % av den totala vikten')
    expect(await within(first).findByText('Lärare rapporterar frånvaro snabbt')).toBeInTheDocument()
    expect(screen.getByTestId('requirements-count')).toHaveTextContent('3 krav')
    expect(screen.queryByRole('button', { name: 'Nytt krav' })).not.toBeInTheDocument()
  })

  it('filters to requirements without a need, searches and sorts by weight', async () => {
    mockFetch({ [`GET ${URL}`]: REQUIREMENTS, [`GET ${NEEDS_URL}`]: NEEDS })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: tenantUser() })
    await screen.findAllByTestId('requirement-card')

    await user.click(screen.getByRole('checkbox', { name: 'Bara krav utan behov' }))
    expect(screen.getAllByTestId('requirement-card')).toHaveLength(1)
    expect(screen.getByTestId('requirements-count')).toHaveTextContent('Visar 1 av 3 krav')
    await user.click(screen.getByRole('button', { name: 'Rensa filter' }))

    await user.type(screen.getByRole('searchbox', { name: 'Sök i kraven' }), 'support')
    expect(screen.getAllByTestId('requirement-card')).toHaveLength(1)
    await user.clear(screen.getByRole('searchbox', { name: 'Sök i kraven' }))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortera' }), 'weight')
    const texts = screen.getAllByTestId('requirement-card').map((c) => c.querySelector('.requirement-card__text')?.textContent)
    expect(texts).toEqual([REQUIREMENTS[0]!.text, REQUIREMENTS[2]!.text, REQUIREMENTS[1]!.text])
  })

  it('lets a buyer write a requirement from open needs, refusing an evaluated one without a weight', async () => {
    const api = mockFetch({
      [`GET ${URL}`]: [],
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`POST ${URL}`]: () => jsonResponse(aRequirement({ id: 'r9' }), 201),
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await user.click(await screen.findByRole('button', { name: 'Nytt krav' }))
    expect(screen.getByRole('link', { name: 'Hämta från kravbiblioteket' })).toHaveAttribute('href', '/bibliotek?upphandling=p1')

    await user.type(screen.getByRole('textbox', { name: 'Kravtext' }), 'Frånvaro ska kunna rapporteras med högst tre klick.')
    await user.click(screen.getByRole('radio', { name: 'Bör-krav' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kategori' }), 'FUNCTION')
    expect(screen.queryByRole('checkbox', { name: 'Elever ser sitt schema' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Lärare rapporterar frånvaro snabbt' }))
    await user.click(screen.getByRole('button', { name: 'Spara kravet' }))
    expect(screen.getByText('Ett bör-krav behöver en vikt mellan 1 och 100.')).toBeInTheDocument()
    expect(api.requestsTo('POST', URL)).toHaveLength(0)

    await user.type(screen.getByRole('textbox', { name: 'Vikt (1–100)' }), '30')
    await user.click(screen.getByRole('button', { name: 'Spara kravet' }))
    expect(await screen.findByText('Kravet är sparat.')).toBeInTheDocument()
    expect(api.requestsTo('POST', URL)[0]!.body).toEqual({
      text: 'Frånvaro ska kunna rapporteras med högst tre klick.',
      kind: 'EVALUATED',
      weight: 30,
      category: 'FUNCTION',
      verificationMethod: null,
      needIds: ['n1'],
    })
  })

  it('shows both versions when someone else changed the same field, and saves the choice on top of theirs', async () => {
    let attempts = 0
    const current = aRequirement({ version: 2, text: 'Frånvaro rapporteras med två klick.' })
    const api = mockFetch({
      [`GET ${URL}`]: [aRequirement()],
      [`GET ${NEEDS_URL}`]: NEEDS,
      'PUT /api/procurements/p1/presence': () => new Response(null, { status: 204 }),
      [`PATCH ${URL}/r1`]: () => {
        attempts += 1
        if (attempts === 1) {
          return problemResponse(409, {
            code: 'edit.conflict',
            detail: 'Someone else changed the same field.',
            conflicts: [
              { field: 'text', yours: 'Min formulering.', current: current.text, changedBy: { id: 'x', name: 'Sara Nyström' } },
            ],
            current,
          })
        }
        return jsonResponse({ ...current, version: 3, text: 'Min formulering.' })
      },
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await user.click(await screen.findByRole('button', { name: /Ändra kravet/ }))
    const text = screen.getByRole('textbox', { name: 'Kravtext' })
    await user.clear(text)
    await user.type(text, 'Min formulering.')
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }))

    const dialog = await screen.findByTestId('requirement-conflict')
    expect(dialog).toHaveTextContent('Min formulering.')
    expect(dialog).toHaveTextContent('Frånvaro rapporteras med två klick.')
    expect(dialog).toHaveTextContent('Ändrad av Sara Nyström')
    await user.click(within(dialog).getByRole('button', { name: 'Spara mina val' }))

    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument()
    expect(api.requestsTo('PATCH', `${URL}/r1`)[1]!.body).toEqual({ baseVersion: 2, changes: { text: 'Min formulering.' } })
  })
})

describe('RequirementsPanel after publication', () => {
  it('turns a change into an amendment with a reason, and passes on the warning to extend the deadline', async () => {
    const api = mockFetch({
      [`GET ${URL}`]: [aRequirement()],
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/procurements/p1/publication': { requirementSetVersion: 1 },
      'PUT /api/procurements/p1/presence': () => new Response(null, { status: 204 }),
      'POST /api/procurements/p1/amendments': {
        amendment: { number: 1, setVersion: 2 },
        warning: { code: 'amendment.close-to-deadline', message: 'Consider extending.' },
      },
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await user.click(await screen.findByRole('button', { name: /Rätta kravet/ }))
    expect(screen.queryByRole('button', { name: 'Nytt krav' })).not.toBeInTheDocument()

    const text = screen.getByRole('textbox', { name: 'Kravtext' })
    await user.clear(text)
    await user.type(text, 'Frånvaro ska kunna rapporteras med högst två klick.')
    await user.click(screen.getByRole('button', { name: 'Publicera rättelsen' }))
    expect(api.requestsTo('POST', '/api/procurements/p1/amendments')).toHaveLength(0)
    await user.type(screen.getByRole('textbox', { name: 'Skäl till rättelsen' }), 'Skärpt efter dialogen.')
    await user.click(screen.getByRole('button', { name: 'Publicera rättelsen' }))

    expect(await screen.findByText(/Rättelse 1 är publicerad \(kravversion 2\)\. Rättelsen kommer nära sista anbudsdag/)).toBeInTheDocument()
    expect(api.requestsTo('POST', '/api/procurements/p1/amendments')[0]!.body).toEqual({
      requirementId: 'r1',
      changes: { text: 'Frånvaro ska kunna rapporteras med högst två klick.' },
      reason: 'Skärpt efter dialogen.',
    })
  })
})

describe('TracePanel', () => {
  it('names the needs without requirements and the requirements without needs', async () => {
    mockFetch({
      'GET /api/procurements/p1/trace': {
        needs: [
          { id: 'n1', statement: 'Snabb frånvarorapportering', status: 'ACCEPTED', requirementIds: ['r1'] },
          { id: 'n2', statement: 'Vårdnadshavare ser frånvaro', status: 'PROPOSED', requirementIds: [] },
        ],
        requirements: [
          { id: 'r1', text: 'Högst tre klick', kind: 'EVALUATED', needIds: ['n1'] },
          { id: 'r2', text: 'Skolfederation', kind: 'MANDATORY', needIds: [] },
        ],
        needsWithoutRequirements: ['n2'],
        requirementsWithoutNeeds: ['r2'],
      },
    })
    renderWithProviders(<TracePanel procurementId="p1" />, { person: tenantUser() })

    const gaps = await screen.findByTestId('trace-gaps')
    expect(gaps).toHaveTextContent('Behov utan krav (1)Vårdnadshavare ser frånvaro')
    expect(gaps).toHaveTextContent('Krav utan behov (1)Skolfederation')
    const row = screen.getByRole('rowheader', { name: 'Snabb frånvarorapportering' }).closest('tr')!
    expect(within(row).getAllByText('Tillgodoser')).toHaveLength(1)
  })
})
