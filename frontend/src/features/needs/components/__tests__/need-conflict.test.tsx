import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse, type RecordedRequest } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { aNeed, NEEDS, PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'

import { NeedsPanel } from '../needs-panel'

const NEEDS_URL = '/api/procurements/p1/needs'
const NEED_URL = `${NEEDS_URL}/n1`
const MINE = 'Lärare behöver rapportera frånvaro i mobilen'
const THEIRS = 'Lärare ska rapportera frånvaro på under en minut'

/** The need as it is on the server after Cecilia's edit of the statement. */
const CURRENT = aNeed({ version: 3, statement: THEIRS, updatedAt: '2026-03-11T10:15:00Z' })

function conflict(extra: Record<string, unknown> = {}) {
  return problemResponse(409, {
    title: 'Conflict',
    code: 'edit.conflict',
    detail: 'Someone else changed the same field while you were editing. Choose which version to keep.',
    conflicts: [
      {
        field: 'statement',
        yours: MINE,
        current: THEIRS,
        changedBy: { id: 'person-9', name: 'Cecilia Ek' },
        changedAt: '2026-03-11T10:15:00Z',
      },
    ],
    current: CURRENT,
    ...extra,
  })
}

/** Answers the PATCHes in turn. */
function answers(...responses: Array<(request: RecordedRequest) => Response>) {
  let call = 0
  return (request: RecordedRequest) => {
    const answer = responses[Math.min(call, responses.length - 1)]!
    call += 1
    return answer(request)
  }
}

async function startEditing() {
  const { user, ...rest } = renderWithProviders(<NeedsPanel procurementId="p1" />, { person: aPerson() })
  const cards = await screen.findAllByTestId('need-card')
  const card = cards.find((c) => within(c).queryByRole('heading', { name: /rapportera frånvaro direkt/ }))!
  await user.click(within(card).getByRole('button', { name: 'Ändra' }))
  const form = within(card).getByRole('form', { name: 'Ändra behovet' })
  return { user, card, form, ...rest }
}

describe('editing a need while someone else does', () => {
  it('sends only the changed fields, based on the version the editing started from', async () => {
    const saved = aNeed({ version: 2, priority: 'MEDIUM' })
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`PATCH ${NEED_URL}`]: saved,
    })
    const { user, card, form } = await startEditing()
    expect(within(form).getByLabelText('Behov')).toHaveFocus()
    expect(within(form).getByLabelText('Behov')).toHaveValue('Lärare behöver rapportera frånvaro direkt från lektionen')

    await user.click(within(form).getByRole('radio', { name: 'Medel' }))
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))

    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument()
    expect(requestsTo('PATCH', NEED_URL)[0]?.body).toEqual({ baseVersion: 1, changes: { priority: 'MEDIUM' } })
    expect(within(card).getByTestId('need-priority')).toHaveTextContent('Medel prioritet')
    expect(within(card).getByRole('button', { name: 'Ändra' })).toHaveFocus()
  })

  it('shows both versions side by side, and “behåll min” sends mine again on the current version', async () => {
    const saved = aNeed({ version: 4, statement: MINE, priority: 'LOW' })
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`PATCH ${NEED_URL}`]: answers(
        () => conflict(),
        () => jsonResponse(saved),
      ),
    })
    const { user, card, form } = await startEditing()
    const statement = within(form).getByLabelText('Behov')
    await user.clear(statement)
    await user.type(statement, MINE)
    await user.click(within(form).getByRole('radio', { name: 'Låg' }))
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))

    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })
    expect(within(dialog).getByRole('heading', { name: 'Samtidig ändring' })).toBeInTheDocument()
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    expect(dialog).toHaveTextContent('Cecilia Ek ändrade samma fält medan du redigerade.')
    expect(dialog).toHaveTextContent('Inget av det du skrev har gått förlorat.')
    const field = within(dialog).getByTestId('conflict-field')
    expect(within(field).getByRole('heading', { name: 'Behov' })).toBeInTheDocument()
    expect(within(field).getByTestId('conflict-mine')).toHaveTextContent(`Din version${MINE}`)
    expect(within(field).getByTestId('conflict-theirs')).toHaveTextContent(`Deras version${THEIRS}`)
    expect(within(field).getByTestId('conflict-theirs')).toHaveTextContent('Ändrad av Cecilia Ek')
    expect(within(field).getByTestId('conflict-theirs').querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-03-11T10:15:00Z',
    )
    expect(dialog).toHaveTextContent('Dina övriga ändringar (Prioritet) sparas samtidigt.')
    // focus is inside the dialog; the page behind is out of reach
    const choice = within(dialog).getByRole('group', { name: 'Vilken version ska gälla för Behov?' })
    expect(within(choice).getByRole('radio', { name: 'Behåll min' })).toHaveFocus()
    expect(card.closest('[inert]')).not.toBeNull()
    // nothing typed is lost meanwhile
    expect(statement).toHaveValue(MINE)

    await user.click(within(choice).getByRole('radio', { name: 'Behåll min' }))
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))

    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument()
    const patches = requestsTo('PATCH', NEED_URL)
    expect(patches).toHaveLength(2)
    expect(patches[0]?.body).toEqual({ baseVersion: 1, changes: { statement: MINE, priority: 'LOW' } })
    expect(patches[1]?.body).toEqual({ baseVersion: 3, changes: { statement: MINE, priority: 'LOW' } })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(MINE)
    expect(card.closest('[inert]')).toBeNull()
  })

  it('keeps theirs where chosen and still sends my other changes', async () => {
    const saved = aNeed({ version: 4, statement: THEIRS, priority: 'LOW' })
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`PATCH ${NEED_URL}`]: answers(
        () => conflict(),
        () => jsonResponse(saved),
      ),
    })
    const { user, card, form } = await startEditing()
    await user.clear(within(form).getByLabelText('Behov'))
    await user.type(within(form).getByLabelText('Behov'), MINE)
    await user.click(within(form).getByRole('radio', { name: 'Låg' }))
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))
    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })

    await user.click(within(dialog).getByRole('radio', { name: 'Behåll deras' }))
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))

    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument()
    expect(requestsTo('PATCH', NEED_URL)[1]?.body).toEqual({ baseVersion: 3, changes: { priority: 'LOW' } })
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(THEIRS)
  })

  it('sends nothing when theirs is kept and nothing else was changed', async () => {
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`PATCH ${NEED_URL}`]: () => conflict(),
    })
    const { user, card, form } = await startEditing()
    await user.clear(within(form).getByLabelText('Behov'))
    await user.type(within(form).getByLabelText('Behov'), MINE)
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))
    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })

    await user.click(within(dialog).getByRole('radio', { name: 'Behåll deras' }))
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))

    expect(await screen.findByText('Den andra versionen behölls. Inget nytt behövde sparas.')).toBeInTheDocument()
    expect(requestsTo('PATCH', NEED_URL)).toHaveLength(1)
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(THEIRS)
  })

  it('asks for a choice per field, and going back to the form loses nothing', async () => {
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`PATCH ${NEED_URL}`]: () => conflict(),
    })
    const { user, form } = await startEditing()
    await user.clear(within(form).getByLabelText('Behov'))
    await user.type(within(form).getByLabelText('Behov'), MINE)
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))
    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })

    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))
    expect(within(dialog).getByRole('group', { name: 'Vilken version ska gälla för Behov?' })).toHaveAccessibleDescription(
      /Välj en av versionerna/,
    )
    expect(requestsTo('PATCH', NEED_URL)).toHaveLength(1)

    await user.click(within(dialog).getByRole('button', { name: 'Tillbaka till redigeringen' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(within(form).getByLabelText('Behov')).toHaveValue(MINE)
    expect(within(form).getByRole('button', { name: 'Spara ändringarna' })).toHaveFocus()
    expect(within(form).getByRole('alert')).toHaveTextContent('Någon annan har ändrat samma fält medan du redigerade.')
  })

  it('fetches the need as it is now when the conflict does not include it', async () => {
    let listCalls = 0
    const { requestsTo } = mockFetch({
      [`GET ${NEEDS_URL}`]: () => {
        listCalls += 1
        return jsonResponse(listCalls === 1 ? NEEDS : [CURRENT, ...NEEDS.slice(1)])
      },
      'GET /api/process-map': PROCESS_MAP,
      [`PATCH ${NEED_URL}`]: answers(
        () => conflict({ current: undefined }),
        () => jsonResponse(aNeed({ version: 4, statement: MINE })),
      ),
    })
    const { user, form } = await startEditing()
    await user.clear(within(form).getByLabelText('Behov'))
    await user.type(within(form).getByLabelText('Behov'), MINE)
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))

    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })
    expect(within(dialog).getByTestId('conflict-theirs')).toHaveTextContent(THEIRS)
    await user.click(within(dialog).getByRole('radio', { name: 'Behåll min' }))
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))

    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument()
    expect(requestsTo('PATCH', NEED_URL)[1]?.body).toEqual({ baseVersion: 3, changes: { statement: MINE } })
  })

  it('keeps Tab inside the dialog', async () => {
    mockFetch({
      [`GET ${NEEDS_URL}`]: NEEDS,
      'GET /api/process-map': PROCESS_MAP,
      [`PATCH ${NEED_URL}`]: () => conflict(),
    })
    const { user, form } = await startEditing()
    await user.clear(within(form).getByLabelText('Behov'))
    await user.type(within(form).getByLabelText('Behov'), MINE)
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))
    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })

    for (let i = 0; i < 8; i += 1) {
      await user.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }
    await user.tab({ shift: true })
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
  })
})
