import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantUser } from '@/test/fixtures'
import { aNeed, NEEDS, PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'

import { NeedsPanel } from '../needs-panel'

const NEEDS_URL = '/api/procurements/p1/needs'

function cards() {
  return screen.getAllByTestId('need-card')
}

function card(statement: string | RegExp) {
  const found = screen
    .queryAllByTestId('need-card')
    .find((c) => within(c).queryByRole('heading', { level: 3, name: statement }))
  if (!found) throw new Error(`no card for ${String(statement)}`)
  return found
}

function statements() {
  return cards().map((c) => within(c).getAllByRole('heading', { level: 3 })[0]?.textContent)
}

function renderPanel(person = aPerson()) {
  return renderWithProviders(<NeedsPanel procurementId="p1" />, { person })
}

describe('NeedsPanel', () => {
  it('shows each need: priority, perspective, process, benefit, status and endorsements', async () => {
    mockFetch({ [`GET ${NEEDS_URL}`]: NEEDS, 'GET /api/process-map': PROCESS_MAP })

    renderPanel(tenantUser())

    expect(await screen.findAllByTestId('need-card')).toHaveLength(3)
    const absence = card('Lärare behöver rapportera frånvaro direkt från lektionen')
    expect(within(absence).getByTestId('need-priority')).toHaveTextContent('Hög prioritet')
    expect(within(absence).getByTestId('need-status')).toHaveTextContent('Föreslaget')
    expect(await within(absence).findByText('Lärare')).toBeInTheDocument()
    expect(absence).toHaveTextContent('Närvaro och frånvaro')
    expect(absence).toHaveTextContent('Skollagen 7 kap.')
    expect(absence).toHaveTextContent('Mindre administration för lärarna')
    expect(absence).toHaveTextContent('Lärarnas tid för frånvarorapportering:')
    // the arrow is read out as "till"
    expect(within(absence).getByTestId('benefit-measure')).toHaveTextContent('60 →till 30 minuter per vecka')
    expect(within(absence).getByTestId('need-endorsements')).toHaveTextContent('Stöd: 2')
    expect(absence).toHaveTextContent('Bo Berg')
    const rejected = card('Elever ska kunna se sin egen närvaro')
    expect(rejected).toHaveTextContent('Avvisat: Ingår redan i lärplattformen.')
    expect(screen.getByTestId('needs-count')).toHaveTextContent('3 behov.')
  })

  it('sorts by priority first, and by endorsements or newest on request', async () => {
    mockFetch({ [`GET ${NEEDS_URL}`]: NEEDS, 'GET /api/process-map': PROCESS_MAP })
    const { user } = renderPanel()
    await screen.findAllByTestId('need-card')

    expect(statements()).toEqual([
      'Lärare behöver rapportera frånvaro direkt från lektionen',
      'Vårdnadshavare vill få besked samma dag när eleven är borta',
      'Elever ska kunna se sin egen närvaro',
    ])
    await user.selectOptions(screen.getByLabelText('Sortera efter'), 'Flest stöd')
    expect(statements()[0]).toBe('Vårdnadshavare vill få besked samma dag när eleven är borta')
    await user.selectOptions(screen.getByLabelText('Sortera efter'), 'Senast ändrade')
    expect(statements()[0]).toBe('Elever ska kunna se sin egen närvaro')
  })

  it('filters by status, perspective and school process, and searches the statements', async () => {
    mockFetch({ [`GET ${NEEDS_URL}`]: NEEDS, 'GET /api/process-map': PROCESS_MAP })
    const { user } = renderPanel()
    await screen.findAllByTestId('need-card')
    const filters = screen.getByRole('search', { name: 'Sök, filtrera och sortera' })

    await user.selectOptions(within(filters).getByLabelText('Status'), 'Godkänt')
    expect(statements()).toEqual(['Vårdnadshavare vill få besked samma dag när eleven är borta'])
    expect(screen.getByTestId('needs-count')).toHaveTextContent('Visar 1 av 3 behov.')

    await user.selectOptions(within(filters).getByLabelText('Status'), 'Alla statusar')
    await screen.findByRole('option', { name: 'Närvaro och frånvaro' })
    await user.selectOptions(within(filters).getByLabelText('Skolprocess'), 'Närvaro och frånvaro')
    expect(statements()).toHaveLength(2)
    await user.selectOptions(within(filters).getByLabelText('Perspektiv'), 'Elev')
    expect(statements()).toEqual(['Elever ska kunna se sin egen närvaro'])

    await user.click(within(filters).getByRole('button', { name: 'Visa alla behov' }))
    expect(statements()).toHaveLength(3)

    await user.type(within(filters).getByLabelText('Sök i behoven'), 'FRÅNVARO lektionen')
    expect(statements()).toEqual(['Lärare behöver rapportera frånvaro direkt från lektionen'])
    await user.clear(within(filters).getByLabelText('Sök i behoven'))
    await user.type(within(filters).getByLabelText('Sök i behoven'), 'lunch')
    expect(screen.queryAllByTestId('need-card')).toHaveLength(0)
    expect(screen.getByText('Inga behov matchar')).toBeInTheDocument()
    expect(screen.getByTestId('needs-count')).toHaveTextContent('Visar 0 av 3 behov.')
  })

  it('lets a team member propose a need and shows it', async () => {
    const proposed = aNeed({
      id: 'n4',
      statement: 'Skolledare behöver se frånvaro per klass',
      perspective: 'teacher',
      schoolProcess: 'attendance',
      priority: 'MEDIUM',
      steeringDocument: 'Skollagen 7 kap.',
      benefit: {
        description: 'Tidigare insatser',
        indicator: 'Andel elever med hög frånvaro',
        baseline: 12.5,
        target: 8,
        unit: 'procent',
      },
      endorsements: 0,
      proposedBy: { id: 'person-2', name: 'Bo Berg' },
    })
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`POST ${NEEDS_URL}`]: () => jsonResponse(proposed, 201),
    })
    const { user } = renderPanel(tenantUser())
    await screen.findAllByTestId('need-card')

    await user.click(screen.getByRole('button', { name: 'Föreslå behov' }))
    const form = screen.getByRole('form', { name: 'Föreslå behov' })
    expect(within(form).getByLabelText('Behov')).toHaveFocus()
    await user.type(within(form).getByLabelText('Behov'), 'Skolledare behöver se frånvaro per klass')
    await user.selectOptions(within(form).getByLabelText('Perspektiv'), 'Lärare')
    await user.selectOptions(within(form).getByLabelText('Skolprocess'), 'Närvaro och frånvaro')
    await user.click(within(within(form).getByRole('group', { name: 'Prioritet' })).getByRole('radio', { name: 'Medel' }))
    await user.type(within(form).getByLabelText('Styrdokument'), 'Skollagen 7 kap.')
    const benefit = within(form).getByRole('group', { name: 'Förväntad nytta' })
    await user.type(within(benefit).getByLabelText('Beskrivning av nyttan'), 'Tidigare insatser')
    await user.type(within(benefit).getByLabelText('Indikator'), 'Andel elever med hög frånvaro')
    await user.type(within(benefit).getByLabelText('Utgångsvärde'), '12,5')
    await user.type(within(benefit).getByLabelText('Målvärde'), '8')
    await user.type(within(benefit).getByLabelText('Enhet'), 'procent')
    await user.click(within(form).getByRole('button', { name: 'Föreslå behovet' }))

    expect(await screen.findByText('Behovet ”Skolledare behöver se frånvaro per klass” är föreslaget.')).toBeInTheDocument()
    expect(requestsTo('POST', NEEDS_URL)[0]?.body).toEqual({
      statement: 'Skolledare behöver se frånvaro per klass',
      perspective: 'teacher',
      schoolProcess: 'attendance',
      priority: 'MEDIUM',
      steeringDocument: 'Skollagen 7 kap.',
      benefit: {
        description: 'Tidigare insatser',
        indicator: 'Andel elever med hög frånvaro',
        baseline: 12.5,
        target: 8,
        unit: 'procent',
      },
    })
    expect(cards()).toHaveLength(4)
    expect(within(card('Skolledare behöver se frånvaro per klass')).getByTestId('benefit-measure')).toHaveTextContent(
      '12,5 →till 8 procent',
    )
    expect(screen.queryByRole('form', { name: 'Föreslå behov' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Föreslå behov' })).toHaveFocus()
  })

  it('checks a proposal before sending it', async () => {
    const { requestsTo } = mockFetch({ [`GET ${NEEDS_URL}`]: NEEDS, 'GET /api/process-map': PROCESS_MAP })
    const { user } = renderPanel(tenantUser())
    await screen.findAllByTestId('need-card')

    await user.click(screen.getByRole('button', { name: 'Föreslå behov' }))
    const form = screen.getByRole('form', { name: 'Föreslå behov' })
    await user.type(within(form).getByLabelText('Utgångsvärde'), 'många')
    await user.click(within(form).getByRole('button', { name: 'Föreslå behovet' }))

    expect(within(form).getByLabelText('Behov')).toHaveFocus()
    expect(within(form).getByLabelText('Behov')).toHaveAccessibleDescription(/Fyll i det här fältet/)
    expect(within(form).getByRole('group', { name: 'Prioritet' })).toHaveAccessibleDescription(/Välj ett av alternativen/)
    expect(within(form).getByLabelText('Beskrivning av nyttan')).toHaveAccessibleDescription(/Beskriv den förväntade nyttan/)
    expect(within(form).getByLabelText('Utgångsvärde')).toHaveAccessibleDescription(/Skriv ett tal/)
    expect(within(form).getByLabelText('Utgångsvärde')).toHaveValue('många')
    expect(requestsTo('POST', NEEDS_URL)).toHaveLength(0)
  })

  it('keeps the server’s field errors next to the fields and everything typed', async () => {
    mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`POST ${NEEDS_URL}`]: problemResponse(400, {
        title: 'Bad Request',
        code: 'validation',
        errors: [{ field: 'benefit.description', message: 'Beskrivningen får vara högst 2 000 tecken.' }],
      }),
    })
    const { user } = renderPanel(tenantUser())
    await screen.findAllByTestId('need-card')
    await user.click(screen.getByRole('button', { name: 'Föreslå behov' }))
    const form = screen.getByRole('form', { name: 'Föreslå behov' })

    await user.type(within(form).getByLabelText('Behov'), 'Ett behov')
    await user.selectOptions(within(form).getByLabelText('Perspektiv'), 'teacher')
    await user.selectOptions(within(form).getByLabelText('Skolprocess'), 'teaching')
    await user.click(within(form).getByRole('radio', { name: 'Hög' }))
    await user.type(within(form).getByLabelText('Beskrivning av nyttan'), 'Lång text')
    await user.click(within(form).getByRole('button', { name: 'Föreslå behovet' }))

    expect(await within(form).findByRole('alert')).toHaveTextContent('Behovet kunde inte föreslås.')
    const description = within(form).getByLabelText('Beskrivning av nyttan')
    expect(description).toHaveAttribute('aria-invalid', 'true')
    expect(description).toHaveAccessibleDescription(/högst 2 000 tecken/)
    expect(description).toHaveValue('Lång text')
    expect(within(form).getByLabelText('Behov')).toHaveValue('Ett behov')
  })

  it('says so when the needs cannot be loaded', async () => {
    mockFetch({
      [`GET ${NEEDS_URL}`]: problemResponse(403, { title: 'Forbidden', code: 'forbidden' }),
      'GET /api/process-map': PROCESS_MAP,
    })

    renderPanel(tenantUser())

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Behoven kunde inte visas.')
    expect(alert).toHaveTextContent('Du har inte behörighet att göra det här.')
  })

  it('lets a user endorse a need and withdraw the endorsement', async () => {
    const endorsed = aNeed({ version: 2, endorsements: 3, endorsedByMe: true })
    const withdrawn = aNeed({ version: 3, endorsements: 2, endorsedByMe: false })
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`PUT ${NEEDS_URL}/n1/endorsement`]: endorsed,
      [`DELETE ${NEEDS_URL}/n1/endorsement`]: withdrawn,
    })
    const { user } = renderPanel(tenantUser())
    await screen.findAllByTestId('need-card')
    const absence = card(/rapportera frånvaro/)
    const toggle = within(absence).getByRole('button', { name: 'Stöd behovet' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(toggle).toHaveAccessibleDescription('Lärare behöver rapportera frånvaro direkt från lektionen')

    await user.click(toggle)

    expect(await screen.findByText('Du stöder behovet.')).toBeInTheDocument()
    expect(within(absence).getByRole('button', { name: 'Stöd behovet' })).toHaveAttribute('aria-pressed', 'true')
    expect(within(absence).getByTestId('need-endorsements')).toHaveTextContent('Stöd: 3')
    expect(requestsTo('PUT', `${NEEDS_URL}/n1/endorsement`)).toHaveLength(1)

    await user.click(within(absence).getByRole('button', { name: 'Stöd behovet' }))

    expect(await screen.findByText('Du har tagit tillbaka ditt stöd.')).toBeInTheDocument()
    expect(within(absence).getByRole('button', { name: 'Stöd behovet' })).toHaveAttribute('aria-pressed', 'false')
    expect(within(absence).getByTestId('need-endorsements')).toHaveTextContent('Stöd: 2')
    expect(requestsTo('DELETE', `${NEEDS_URL}/n1/endorsement`)).toHaveLength(1)
  })

  it('offers a buyer accept, reject and merge, and a user none of them', async () => {
    mockFetch({ [`GET ${NEEDS_URL}`]: NEEDS, 'GET /api/process-map': PROCESS_MAP })

    const { unmount } = renderPanel(aPerson())
    await screen.findAllByTestId('need-card')
    const proposed = card(/rapportera frånvaro/)
    expect(within(proposed).getByRole('button', { name: 'Godkänn' })).toBeInTheDocument()
    expect(within(proposed).getByRole('button', { name: 'Avvisa' })).toBeInTheDocument()
    expect(within(proposed).getByRole('button', { name: 'Slå samman' })).toBeInTheDocument()
    expect(within(proposed).getByRole('button', { name: 'Ändra' })).toBeInTheDocument()
    // a buyer (without the user role) does not endorse
    expect(within(proposed).queryByRole('button', { name: 'Stöd behovet' })).not.toBeInTheDocument()
    // what fits the status: an accepted need can be rejected but not accepted again
    const accepted = card(/Vårdnadshavare/)
    expect(within(accepted).queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument()
    expect(within(accepted).getByRole('button', { name: 'Avvisa' })).toBeInTheDocument()
    unmount()

    renderPanel(tenantUser())
    await screen.findAllByTestId('need-card')
    for (const need of screen.getAllByTestId('need-card')) {
      expect(within(need).queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument()
      expect(within(need).queryByRole('button', { name: 'Avvisa' })).not.toBeInTheDocument()
      expect(within(need).queryByRole('button', { name: 'Slå samman' })).not.toBeInTheDocument()
      expect(within(need).getByRole('button', { name: 'Historik' })).toBeInTheDocument()
    }
    // a user edits what they proposed, not what others did
    expect(within(card(/rapportera frånvaro/)).getByRole('button', { name: 'Ändra' })).toBeInTheDocument()
    expect(within(card(/Vårdnadshavare/)).queryByRole('button', { name: 'Ändra' })).not.toBeInTheDocument()
  })

  it('lets a buyer accept a need', async () => {
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`POST ${NEEDS_URL}/n1/accept`]: aNeed({ version: 2, status: 'ACCEPTED' }),
    })
    const { user } = renderPanel()
    await screen.findAllByTestId('need-card')

    await user.click(within(card(/rapportera frånvaro/)).getByRole('button', { name: 'Godkänn' }))

    expect(await screen.findByText('Behovet är godkänt.')).toBeInTheDocument()
    expect(within(card(/rapportera frånvaro/)).getByTestId('need-status')).toHaveTextContent('Godkänt')
    expect(requestsTo('POST', `${NEEDS_URL}/n1/accept`)).toHaveLength(1)
  })

  it('asks a buyer for a reason before rejecting', async () => {
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`POST ${NEEDS_URL}/n1/reject`]: aNeed({ version: 2, status: 'REJECTED', rejectionReason: 'Utanför ramen.' }),
    })
    const { user } = renderPanel()
    await screen.findAllByTestId('need-card')
    const absence = card(/rapportera frånvaro/)

    await user.click(within(absence).getByRole('button', { name: 'Avvisa' }))
    const form = within(absence).getByRole('form', { name: 'Avvisa behovet' })
    expect(within(form).getByLabelText('Motivering')).toHaveFocus()
    await user.click(within(form).getByRole('button', { name: 'Avvisa behovet' }))
    expect(within(form).getByLabelText('Motivering')).toHaveAccessibleDescription(/Skriv varför behovet avvisas/)
    expect(requestsTo('POST', `${NEEDS_URL}/n1/reject`)).toHaveLength(0)

    await user.type(within(form).getByLabelText('Motivering'), 'Utanför ramen.')
    await user.click(within(form).getByRole('button', { name: 'Avvisa behovet' }))

    expect(await screen.findByText('Behovet är avvisat.')).toBeInTheDocument()
    expect(requestsTo('POST', `${NEEDS_URL}/n1/reject`)[0]?.body).toEqual({ reason: 'Utanför ramen.' })
    expect(card(/rapportera frånvaro/)).toHaveTextContent('Avvisat: Utanför ramen.')
  })

  it('merges a need into another and links to it', async () => {
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`POST ${NEEDS_URL}/n1/merge`]: aNeed({ version: 2, status: 'MERGED', mergedInto: 'n2' }),
    })
    const { user } = renderPanel()
    await screen.findAllByTestId('need-card')
    const absence = card(/rapportera frånvaro/)

    await user.click(within(absence).getByRole('button', { name: 'Slå samman' }))
    const form = within(absence).getByRole('form', { name: 'Slå samman behovet' })
    await user.selectOptions(
      within(form).getByLabelText('Slå samman med'),
      'Vårdnadshavare vill få besked samma dag när eleven är borta',
    )
    await user.click(within(form).getByRole('button', { name: 'Slå samman' }))

    expect(await screen.findByText(/Behovet är sammanslaget med/)).toBeInTheDocument()
    expect(requestsTo('POST', `${NEEDS_URL}/n1/merge`)[0]?.body).toEqual({ into: 'n2' })
    const merged = card(/rapportera frånvaro/)
    expect(within(merged).getByTestId('need-status')).toHaveTextContent('Sammanslaget')
    expect(within(merged).getByTestId('merged-into')).toHaveTextContent(
      'Sammanslagen med Vårdnadshavare vill få besked samma dag när eleven är borta',
    )
    const link = within(merged).getByRole('link', { name: 'Vårdnadshavare vill få besked samma dag när eleven är borta' })
    expect(link).toHaveAttribute('href', '#need-n2')
    await user.click(link)
    expect(card(/Vårdnadshavare/)).toHaveFocus()
  })

  it('shows the history of a need as a timeline in a dialog', async () => {
    mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`GET ${NEEDS_URL}/n1/history`]: [
        { version: 1, at: '2026-03-01T08:00:00Z', by: { id: 'person-2', name: 'Bo Berg' }, type: 'PROPOSED', changes: [] },
        {
          version: 2,
          at: '2026-03-02T08:00:00Z',
          by: { id: 'person-1', name: 'Anna Andersson' },
          type: 'NeedEditedEvent',
          changes: [
            { field: 'priority', from: 'MEDIUM', to: 'HIGH' },
            { field: 'SCHOOL_PROCESS', from: 'teaching', to: 'attendance' },
          ],
        },
      ],
    })
    const { user } = renderPanel()
    await screen.findAllByTestId('need-card')
    const opener = within(card(/rapportera frånvaro/)).getByRole('button', { name: 'Historik' })

    await user.click(opener)

    const dialog = screen.getByRole('dialog', { name: 'Historik för behovet' })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    const entries = await within(dialog).findAllByTestId('history-entry')
    expect(entries).toHaveLength(2)
    expect(entries[0]).toHaveTextContent('Ändrade behovet')
    expect(entries[0]).toHaveTextContent('Anna Andersson')
    expect(entries[0]).toHaveTextContent('Prioritet')
    expect(entries[0]).toHaveTextContent('från Medel')
    expect(entries[0]).toHaveTextContent('till Hög')
    expect(entries[0]).toHaveTextContent('Skolprocess')
    expect(entries[0]).toHaveTextContent('från Undervisning')
    expect(entries[1]).toHaveTextContent('Föreslog behovet')
    expect(entries[1]).toHaveTextContent('Bo Berg')

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })
})
