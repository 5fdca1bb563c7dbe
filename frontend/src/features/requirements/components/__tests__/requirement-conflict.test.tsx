import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse, type RecordedRequest } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import type { Requirement } from '../../api/get-requirements'
import { RequirementsPanel } from '../requirements-panel'
import { aRequirement, NEEDS, NEEDS_URL, noContent, PRESENCE_URL, REQUIREMENTS_URL } from './requirement-fixtures'

const REQUIREMENT_URL = `${REQUIREMENTS_URL}/r1`
const MINE = 'Frånvaro ska kunna rapporteras med ett klick.'
const THEIRS = 'Frånvaro rapporteras med två klick.'

/** The requirement as it is on the server after Sara's edit of the text. */
const CURRENT = aRequirement({ version: 2, text: THEIRS, updatedAt: '2026-11-21T09:03:12Z' })

function conflict(options: { current?: Requirement | null; field?: string } = {}) {
  const { current = CURRENT, field = 'text' } = options
  return problemResponse(409, {
    code: 'edit.conflict',
    detail: 'Someone else changed the same field while you were editing. Choose which version to keep.',
    conflicts: [{ field, yours: MINE, current: THEIRS, changedBy: { id: 'person-7', name: 'Sara Nyström' }, changedAt: '2026-11-21T09:03:12Z' }],
    ...(current ? { current } : {}),
  })
}

/**
 * A small server: the list shows what is stored (Sara's edit is already in, as in real life, so
 * a refetch after a conflict shows hers); the PATCHes are answered in turn, and a 200 stores it.
 */
function server(...responses: Array<(request: RecordedRequest) => Response>) {
  let stored: Requirement = CURRENT
  let call = 0
  return {
    list: () => jsonResponse([stored]),
    patch: async (request: RecordedRequest) => {
      const answer = responses[Math.min(call++, responses.length - 1)]!(request)
      if (answer.ok) stored = (await answer.clone().json()) as Requirement
      return answer
    },
  }
}

/** What the list shows before Sara's edit reaches it: the first GET. */
function listedFirst(first: Requirement, then: () => Response) {
  let calls = 0
  return () => (calls++ === 0 ? jsonResponse([first]) : then())
}

async function editAndSave(user: ReturnType<typeof renderWithProviders>['user'], options: { weight?: string } = {}) {
  await user.click(await screen.findByRole('button', { name: /Ändra kravet/ }))
  const form = screen.getByRole('form', { name: 'Ändra kravet' })
  const text = within(form).getByRole('textbox', { name: 'Kravtext' })
  await user.clear(text)
  await user.type(text, MINE)
  if (options.weight) {
    const weight = within(form).getByRole('textbox', { name: 'Vikt (1–100)' })
    await user.clear(weight)
    await user.type(weight, options.weight)
  }
  await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))
  return form
}

describe('editing a requirement while someone else does', () => {
  it('shows both versions with who changed theirs, and “behåll min” sends mine again on the current version', async () => {
    const fake = server(
      () => conflict(),
      () => jsonResponse({ ...CURRENT, version: 3, text: MINE }),
    )
    const api = mockFetch({
      [`GET ${REQUIREMENTS_URL}`]: listedFirst(aRequirement(), fake.list),
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`PUT ${PRESENCE_URL}`]: noContent,
      [`PATCH ${REQUIREMENT_URL}`]: fake.patch,
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    const form = await editAndSave(user)

    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })
    expect(dialog).toHaveTextContent('Sara Nyström ändrade samma fält medan du redigerade.')
    const field = within(dialog).getByTestId('conflict-field')
    expect(within(field).getByRole('heading', { name: 'Kravtext' })).toBeInTheDocument()
    expect(within(field).getByTestId('conflict-mine')).toHaveTextContent(`Din version${MINE}`)
    expect(within(field).getByTestId('conflict-theirs')).toHaveTextContent(`Deras version${THEIRS}`)
    expect(within(field).getByTestId('conflict-theirs')).toHaveTextContent('Ändrad av Sara Nyström')
    // nothing typed is lost meanwhile
    expect(within(form).getByRole('textbox', { name: 'Kravtext' })).toHaveValue(MINE)

    await user.click(within(dialog).getByRole('radio', { name: 'Behåll min' }))
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))

    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument()
    const patches = api.requestsTo('PATCH', REQUIREMENT_URL)
    expect(patches[0]!.body).toEqual({ baseVersion: 1, changes: { text: MINE } })
    expect(patches[1]!.body).toEqual({ baseVersion: 2, changes: { text: MINE } })
    expect(screen.getByTestId('requirement-card')).toHaveTextContent(MINE)
    expect(screen.getByRole('button', { name: /Ändra kravet/ })).toHaveFocus()
  })

  it('“behåll deras” drops my change of that field and still saves my other changes', async () => {
    const fake = server(
      () => conflict(),
      () => jsonResponse({ ...CURRENT, version: 3, weight: 40 }),
    )
    const api = mockFetch({
      [`GET ${REQUIREMENTS_URL}`]: listedFirst(aRequirement(), fake.list),
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`PUT ${PRESENCE_URL}`]: noContent,
      [`PATCH ${REQUIREMENT_URL}`]: fake.patch,
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await editAndSave(user, { weight: '40' })

    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })
    expect(dialog).toHaveTextContent('Dina övriga ändringar (Vikt (1–100)) sparas samtidigt.')
    await user.click(within(dialog).getByRole('radio', { name: 'Behåll deras' }))
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))

    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument()
    const patches = api.requestsTo('PATCH', REQUIREMENT_URL)
    expect(patches[0]!.body).toEqual({ baseVersion: 1, changes: { text: MINE, weight: 40 } })
    expect(patches[1]!.body).toEqual({ baseVersion: 2, changes: { weight: 40 } })
  })

  it('sends nothing more when theirs is kept and nothing else was changed', async () => {
    const fake = server(() => conflict())
    const api = mockFetch({
      [`GET ${REQUIREMENTS_URL}`]: listedFirst(aRequirement(), fake.list),
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`PUT ${PRESENCE_URL}`]: noContent,
      [`PATCH ${REQUIREMENT_URL}`]: fake.patch,
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await editAndSave(user)

    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })
    // a choice is needed: nobody's work is overwritten by default
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))
    expect(within(dialog).getByText('Välj en av versionerna.')).toBeInTheDocument()
    expect(within(dialog).getByRole('radio', { name: 'Behåll min' })).toHaveFocus()
    expect(api.requestsTo('PATCH', REQUIREMENT_URL)).toHaveLength(1)

    await user.click(within(dialog).getByRole('radio', { name: 'Behåll deras' }))
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))

    expect(await screen.findByText('Inget mer att spara: den nuvarande versionen gäller.')).toBeInTheDocument()
    expect(api.requestsTo('PATCH', REQUIREMENT_URL)).toHaveLength(1)
    expect(screen.getByTestId('requirement-card')).toHaveTextContent(THEIRS)
  })

  it('going back to the form keeps the old base, so saving again asks again rather than overwriting', async () => {
    const fake = server(() => conflict())
    const api = mockFetch({
      [`GET ${REQUIREMENTS_URL}`]: listedFirst(aRequirement(), fake.list),
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`PUT ${PRESENCE_URL}`]: noContent,
      [`PATCH ${REQUIREMENT_URL}`]: fake.patch,
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    const form = await editAndSave(user)

    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })
    await user.click(within(dialog).getByRole('button', { name: 'Tillbaka till redigeringen' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(within(form).getByRole('button', { name: 'Spara ändringarna' })).toHaveFocus()
    expect(within(form).getByRole('textbox', { name: 'Kravtext' })).toHaveValue(MINE)

    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }))
    expect(await screen.findByRole('dialog', { name: /Samtidig ändring/ })).toBeInTheDocument()
    expect(api.requestsTo('PATCH', REQUIREMENT_URL).map((r) => (r.body as { baseVersion: number }).baseVersion)).toEqual([1, 1])
  })

  it('fetches the requirement as it is now when the conflict answer leaves it out', async () => {
    const fake = server(
      () => conflict({ current: null }),
      () => jsonResponse({ ...CURRENT, version: 3, text: MINE }),
    )
    const api = mockFetch({
      [`GET ${REQUIREMENTS_URL}`]: listedFirst(aRequirement(), fake.list),
      [`GET ${NEEDS_URL}`]: NEEDS,
      [`PUT ${PRESENCE_URL}`]: noContent,
      [`PATCH ${REQUIREMENT_URL}`]: fake.patch,
    })
    const { user } = renderWithProviders(<RequirementsPanel procurementId="p1" />, { person: aPerson() })
    await editAndSave(user)

    const dialog = await screen.findByRole('dialog', { name: /Samtidig ändring/ })
    expect(within(dialog).getByTestId('conflict-theirs')).toHaveTextContent(THEIRS)
    await user.click(within(dialog).getByRole('radio', { name: 'Behåll min' }))
    await user.click(within(dialog).getByRole('button', { name: 'Spara valen' }))
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument()
    expect(api.requestsTo('PATCH', REQUIREMENT_URL)[1]!.body).toEqual({ baseVersion: 2, changes: { text: MINE } })
  })
})
