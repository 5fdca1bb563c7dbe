import { act, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'

import { aRequirement } from '@/features/requirements/components/__tests__/requirement-fixtures'
import { clearPresence, publishPresence } from '@/lib/live/presence'
import { mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantUser, vendorPerson } from '@/test/fixtures'
import { aNeed, aProcurement, PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'

import { ProcurementWorkspaceRoute } from '../procurement-workspace-route'

const P = '/api/procurements/p1'

const FILE = {
  id: 'a1',
  target: 'PROCUREMENT',
  targetId: 'p1',
  fileName: 'Avtalsutkast.pdf',
  contentType: 'application/pdf',
  sizeBytes: 48213,
  sha256: 'ab'.repeat(32),
  addedBy: { id: 'person-1', name: 'Anna Andersson' },
  addedAt: '2026-11-22T08:30:46Z',
}
const ATTACHMENTS = [
  FILE,
  { ...FILE, id: 'a2', target: 'REQUIREMENT', targetId: 'r1', fileName: 'Bilaga 3.pdf' },
  { ...FILE, id: 'a3', target: 'ANSWER', targetId: 'q1', fileName: 'Svar.pdf' },
]

function renderWorkspace(search = '', person = aPerson()) {
  const requests = mockFetch({
    [`GET ${P}/attachments`]: ATTACHMENTS,
    [`GET ${P}/questions`]: [
      {
        id: 'q1',
        version: 1,
        kind: 'QUESTION',
        askedBy: { vendorOrganisationId: 'v1', vendorName: 'Läromedel AB' },
        originalText: 'Räcker SAML?',
        question: 'Räcker SAML?',
        answer: 'Se bilagan.',
        requirementId: null,
        askedAt: '2026-11-23T10:00:00Z',
        publishedAt: null,
        late: false,
        answersDueBy: null,
        needsAnswerSoon: false,
      },
    ],
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
    { person, route: `/upphandlingar/p1${search}` },
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

  it('has a tab for the procurement’s attachments, where buyers upload', async () => {
    renderWorkspace('?flik=bilagor')
    const panel = await within(await screen.findByRole('tabpanel')).findByTestId('attachments-panel')
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Bilagor')
    expect(await within(panel).findByRole('link', { name: 'Avtalsutkast.pdf' })).toHaveAttribute('href', '/api/procurements/p1/attachments/a1')
    expect(within(panel).getAllByTestId('attachment')).toHaveLength(1)
    expect(within(panel).getByLabelText('Välj en fil att bifoga')).toBeInTheDocument()
    expect(within(panel).getByRole('button', { name: 'Ta bort Avtalsutkast.pdf' })).toBeInTheDocument()
  })

  it('lets a team member who is not a buyer read the attachments only', async () => {
    renderWorkspace('?flik=bilagor', tenantUser())
    const panel = await screen.findByTestId('attachments-panel')
    expect(await within(panel).findByRole('link', { name: 'Avtalsutkast.pdf' })).toBeInTheDocument()
    expect(within(panel).queryByLabelText('Välj en fil att bifoga')).not.toBeInTheDocument()
    expect(within(panel).queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument()
  })

  it('folds the attachments of each requirement and each answer under its card', async () => {
    const { user } = renderWorkspace('?flik=krav')
    const card = await screen.findByTestId('requirement-card')
    await user.click(await within(card).findByText('Bilagor (1)'))
    expect(within(card).getByRole('link', { name: 'Bilaga 3.pdf' })).toBeVisible()

    await user.click(screen.getByRole('tab', { name: 'Frågor och svar' }))
    const question = await screen.findByTestId('team-question')
    await user.click(await within(question).findByText('Bilagor till svaret (1)'))
    expect(within(question).getByRole('link', { name: 'Svar.pdf' })).toBeVisible()
    expect(within(question).getByLabelText('Välj en fil att bifoga')).toBeInTheDocument()
  })
})

describe('the procurement as an invited vendor sees it', () => {
  it('lists the published files read-only: the procurement’s, a requirement’s and an answer’s', async () => {
    const V = '/api/vendor/procurements/p1'
    const vendorFiles = ATTACHMENTS.map(({ addedBy: _, ...file }) => file)
    mockFetch({
      [`GET ${V}`]: {
        id: 'p1',
        title: 'Ny lärplattform',
        description: null,
        buyer: 'Älvstads kommun',
        category: 'teaching',
        procedure: 'OPEN',
        invitedAt: '2026-11-20T10:00:00Z',
        publication: {
          publishedAt: '2026-11-21T10:00:00Z',
          tenderDeadline: '2026-12-20T11:00:00Z',
          lastQuestionDay: '2026-12-10',
          answersDueBy: '2026-12-14',
          evaluationModel: 'LOWEST_PRICE',
          accelerated: false,
          requirementSetVersion: 1,
          qualityValueSek: null,
        },
        requirements: [
          { requirementId: 'r1', number: 1, text: 'Inloggning via Skolfederation.', kind: 'MANDATORY', weight: null, category: 'IDENTITY_AND_EID', verificationMethod: null },
        ],
        amendments: [],
      },
      [`GET ${V}/decision`]: problemResponse(404, { detail: 'The award is not decided yet.' }),
      [`GET ${V}/questions`]: [
        { id: 'q1', question: 'Räcker SAML?', answer: 'Se bilagan.', requirementId: null, publishedAt: '2026-11-25T10:00:00Z', yours: false, clarification: false },
      ],
      [`GET ${V}/tender`]: { status: 'NOT_STARTED', responses: [], priceSek: null, savedAt: null, submittedAt: null },
      [`GET ${V}/attachments`]: vendorFiles,
    })
    const { user } = renderWithProviders(
      <Routes>
        <Route path="/upphandlingar/:procurementId" element={<ProcurementWorkspaceRoute />} />
      </Routes>,
      { person: vendorPerson(), route: '/upphandlingar/p1' },
    )

    const panel = await screen.findByTestId('attachments-panel')
    expect(await within(panel).findByRole('link', { name: 'Avtalsutkast.pdf' })).toHaveAttribute('href', `${V}/attachments/a1`)
    expect(panel).not.toHaveTextContent('Anna Andersson')

    const requirement = screen.getByTestId('published-requirement')
    await user.click(await within(requirement).findByText('Bilagor (1)'))
    expect(within(requirement).getByRole('link', { name: 'Bilaga 3.pdf' })).toHaveAttribute('href', `${V}/attachments/a2`)

    const question = await screen.findByTestId('vendor-question')
    await user.click(await within(question).findByText('Bilagor till svaret (1)'))
    expect(within(question).getByRole('link', { name: 'Svar.pdf' })).toHaveAttribute('href', `${V}/attachments/a3`)

    expect(screen.queryByLabelText('Välj en fil att bifoga')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument()
  })
})
