import { act, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'

import { aRequirement } from '@/features/requirements/components/__tests__/requirement-fixtures'
import { clearPresence, publishPresence } from '@/lib/live/presence'
import { mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { aNeed, aProcurement, PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'

import { ProcurementWorkspaceRoute } from '../procurement-workspace-route'

const P = '/api/procurements/p1'

function renderWorkspace(search = '') {
  const requests = mockFetch({
    [`GET ${P}`]: aProcurement(),
    [`GET ${P}/needs`]: [aNeed()],
    [`GET ${P}/requirements`]: [aRequirement({ needIds: ['n1'] })],
    [`GET ${P}/trace`]: {
      needs: [{ id: 'n1', statement: aNeed().statement, status: 'PROPOSED', requirementIds: ['r1'] }],
      requirements: [{ id: 'r1', number: 1, text: aRequirement().text, kind: 'EVALUATED', needIds: ['n1'] }],
      needsWithoutRequirements: [],
      requirementsWithoutNeeds: [],
    },
    [`GET ${P}/publication`]: problemResponse(404, { code: 'not-found', detail: 'Not published.' }),
    'GET /api/process-map': PROCESS_MAP,
    // the comment threads load their own data; what they show is not this test's concern
    [`GET ${P}/items/n1/comments`]: [],
    [`GET ${P}/items/r1/comments`]: [],
  })
  const rendered = renderWithProviders(
    <Routes>
      <Route path="/upphandlingar/:procurementId" element={<ProcurementWorkspaceRoute />} />
    </Routes>,
    { person: aPerson(), route: `/upphandlingar/p1${search}` },
  )
  return { ...rendered, ...requests }
}

afterEach(() => clearPresence('p1'))

describe('the procurement workspace', () => {
  it('shows needs, requirements and trace as tabs, opening the one named in the address', async () => {
    const { user } = renderWorkspace('?flik=krav')

    const tabs = await screen.findByRole('tablist', { name: 'Delar av arbetsytan' })
    expect(within(tabs).getAllByRole('tab').slice(0, 3).map((tab) => tab.textContent)).toEqual(['Behov', 'Krav', 'Spårbarhet'])
    const requirementsTab = within(tabs).getByRole('tab', { name: 'Krav' })
    expect(requirementsTab).toHaveAttribute('aria-selected', 'true')
    expect(await within(screen.getByRole('tabpanel')).findByTestId('requirement-card')).toHaveTextContent(aRequirement().text)
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Krav')

    requirementsTab.focus()
    await user.keyboard('{ArrowRight}')
    expect(within(tabs).getByRole('tab', { name: 'Spårbarhet' })).toHaveFocus()
    expect(await screen.findByRole('table', { name: /Behov \(rader\) och krav \(kolumner\)/ })).toBeInTheDocument()
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(within(tabs).getByRole('tab', { name: 'Behov' })).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByTestId('need-card')).toBeInTheDocument()
  })

  it('links to the workspace as it was at a date', async () => {
    renderWorkspace()
    expect(await screen.findByRole('link', { name: 'Visa som det var vid en tidpunkt' })).toHaveAttribute(
      'href',
      '/upphandlingar/p1/som-det-var',
    )
  })

  it('offers the procurement as OCDS open data to download', async () => {
    renderWorkspace()
    const link = await screen.findByRole('link', { name: 'Ladda ner OCDS (JSON)' })
    expect(link).toHaveAttribute('href', '/api/procurements/p1/ocds')
    expect(link.getAttribute('download')).toMatch(/-ocds\.json$/)
  })

  it('names in the presence bar what someone else is editing, and marks the item', async () => {
    renderWorkspace('?flik=krav')
    await screen.findByTestId('requirement-card')
    act(() => publishPresence('p1', { people: [{ id: 'person-7', name: 'Sara Nyström', editing: 'r1' }] }))

    expect(screen.getByTestId('presence-bar')).toHaveTextContent('Sara Nyström')
    expect(screen.getByTestId('presence-bar')).toHaveTextContent('Frånvaro ska kunna rapporteras')
    expect(screen.getByTestId('editing-badge')).toHaveTextContent('Sara Nyström redigerar')
  })

  it('puts the comment thread of each item in its card', async () => {
    renderWorkspace('?flik=krav')
    const card = await screen.findByTestId('requirement-card')
    expect(within(card).getByTestId('comment-thread')).toBeInTheDocument()
  })
})
