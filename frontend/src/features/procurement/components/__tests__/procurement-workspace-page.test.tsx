import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantUser } from '@/test/fixtures'
import { aProcurement, PROCESS_MAP } from '@/test/procurement-fixtures'
import { renderWithProviders } from '@/test/render'

import { ProcurementWorkspacePage } from '../procurement-workspace-page'

const MEMBERS = [
  { id: 'person-1', name: 'Anna Andersson', email: 'anna@lund.se', roles: ['BUYER'], active: true },
  { id: 'person-2', name: 'Bo Berg', email: 'bo@lund.se', roles: ['USER'], active: true },
  { id: 'person-3', name: 'Cecilia Ek', email: 'cecilia@lund.se', roles: ['USER'], active: false },
]

function renderWorkspace(person = aPerson()) {
  return renderWithProviders(
    <ProcurementWorkspacePage procurementId="p1" body={(p) => <p data-testid="needs-slot">{p.id}</p>} />,
    { person },
  )
}

describe('ProcurementWorkspacePage', () => {
  it('shows the procurement: title, phase stepper, facts, team and the needs slot', async () => {
    mockFetch({ 'GET /api/procurements/p1': aProcurement(), 'GET /api/process-map': PROCESS_MAP })

    renderWorkspace(tenantUser())

    expect(await screen.findByRole('heading', { level: 1, name: 'Frånvarosystem för grundskolan' })).toBeInTheDocument()
    expect(document.title).toBe('Frånvarosystem för grundskolan – Inköpsstöd')
    expect(screen.getByText('Fas 1 av 9: Behovsanalys')).toBeInTheDocument()
    const steps = within(screen.getByRole('list', { name: 'Upphandlingens faser' })).getAllByRole('listitem')
    expect(steps).toHaveLength(9)
    expect(steps[0]).toHaveAttribute('aria-current', 'step')
    expect(steps[0]).toHaveTextContent('Behovsanalys (pågår)')
    expect(steps[1]).toHaveTextContent('Marknadsdialog (kommande)')
    const facts = screen.getByTestId('procurement-facts')
    expect(await within(facts).findByText('Närvaro och frånvaro')).toBeInTheDocument()
    expect(facts).toHaveTextContent('Förenklat förfarande')
    expect(facts).toHaveTextContent(/450\s000 kr/)
    expect(facts).toHaveTextContent('1 sep. 2026')
    const team = screen.getByTestId('team-panel')
    expect(within(team).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Anna Andersson', 'Bo Berg'])
    expect(screen.getByTestId('needs-slot')).toHaveTextContent('p1')
  })

  it('gives a user no phase control and no team editing', async () => {
    mockFetch({ 'GET /api/procurements/p1': aProcurement(), 'GET /api/process-map': PROCESS_MAP })

    renderWorkspace(tenantUser())

    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('button', { name: 'Flytta till nästa fas' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ändra teamet' })).not.toBeInTheDocument()
  })

  it('lets a buyer move the procurement to one of the phases the server offers', async () => {
    const moved = aProcurement({ phase: 'MARKET_DIALOGUE', nextPhases: ['NEEDS_ANALYSIS', 'REQUIREMENTS', 'CLOSED'] })
    const { requestsTo } = mockFetch({
      'GET /api/procurements/p1': aProcurement(),
      'GET /api/process-map': PROCESS_MAP,
      'PUT /api/procurements/p1/phase': moved,
    })
    const { user } = renderWorkspace()

    const select = await screen.findByLabelText('Nästa fas')
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Marknadsdialog',
      'Kravställning',
      'Avsluta upphandlingen',
    ])
    expect(select).toHaveValue('MARKET_DIALOGUE')
    await user.click(screen.getByRole('button', { name: 'Flytta till nästa fas' }))

    expect(await screen.findByText('Upphandlingen är nu i fasen Marknadsdialog.')).toBeInTheDocument()
    expect(requestsTo('PUT', '/api/procurements/p1/phase')[0]?.body).toEqual({ phase: 'MARKET_DIALOGUE' })
    expect(screen.getByText('Fas 2 av 9: Marknadsdialog')).toBeInTheDocument()
    expect(screen.getByLabelText('Nästa fas')).toHaveValue('REQUIREMENTS')
    expect(within(screen.getByLabelText('Nästa fas')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Tillbaka till Behovsanalys',
      'Kravställning',
      'Avsluta upphandlingen',
    ])
  })

  it('asks once more before closing a procurement', async () => {
    const { requestsTo } = mockFetch({
      'GET /api/procurements/p1': aProcurement(),
      'GET /api/process-map': PROCESS_MAP,
      'PUT /api/procurements/p1/phase': aProcurement({ phase: 'CLOSED', nextPhases: [] }),
    })
    const { user } = renderWorkspace()

    await user.selectOptions(await screen.findByLabelText('Nästa fas'), 'CLOSED')
    await user.click(screen.getByRole('button', { name: 'Flytta till nästa fas' }))
    expect(screen.getByRole('alert')).toHaveTextContent('En avslutad upphandling kan inte öppnas igen.')
    expect(requestsTo('PUT', '/api/procurements/p1/phase')).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Ja, avsluta upphandlingen' }))

    expect(await screen.findByText('Fas 9 av 9: Avslutad')).toBeInTheDocument()
    expect(requestsTo('PUT', '/api/procurements/p1/phase')[0]?.body).toEqual({ phase: 'CLOSED' })
    // nothing comes after closed; focus stays on the phase rather than falling to the page
    expect(screen.queryByRole('button', { name: 'Flytta till nästa fas' })).not.toBeInTheDocument()
    expect(screen.getByText('Fas 9 av 9: Avslutad')).toHaveFocus()
  })

  it('explains a phase move the server refuses, with its own words', async () => {
    mockFetch({
      'GET /api/procurements/p1': aProcurement(),
      'GET /api/process-map': PROCESS_MAP,
      'PUT /api/procurements/p1/phase': problemResponse(409, {
        title: 'Conflict',
        code: 'procurement.phase-transition',
        detail: 'Upphandlingen kan inte gå till Kravställning innan minst ett behov är godkänt.',
      }),
    })
    const { user } = renderWorkspace()

    await user.selectOptions(await screen.findByLabelText('Nästa fas'), 'REQUIREMENTS')
    await user.click(screen.getByRole('button', { name: 'Flytta till nästa fas' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Fasen kunde inte ändras.')
    expect(alert).toHaveTextContent('Upphandlingen kan inte gå till Kravställning innan minst ett behov är godkänt.')
    expect(screen.getByText('Fas 1 av 9: Behovsanalys')).toBeInTheDocument()
    expect(screen.getByLabelText('Nästa fas')).toHaveValue('REQUIREMENTS')
  })

  it('lets a buyer choose the team among the tenant’s members', async () => {
    const saved = aProcurement({
      team: [
        { memberId: 'person-1', name: 'Anna Andersson' },
        { memberId: 'person-3', name: 'Cecilia Ek' },
      ],
    })
    const { requestsTo } = mockFetch({
      'GET /api/procurements/p1': aProcurement(),
      'GET /api/process-map': PROCESS_MAP,
      'GET /api/tenant/members': MEMBERS,
      'PUT /api/procurements/p1/team': saved,
    })
    const { user } = renderWorkspace()

    await user.click(await screen.findByRole('button', { name: 'Ändra teamet' }))
    const group = await screen.findByRole('group', { name: 'Vilka ska vara med i teamet?' })
    expect(within(group).getByRole('checkbox', { name: 'Anna Andersson' })).toBeChecked()
    expect(within(group).getByRole('checkbox', { name: 'Anna Andersson' })).toHaveFocus()
    expect(within(group).getByRole('checkbox', { name: 'Bo Berg' })).toBeChecked()
    expect(within(group).getByRole('checkbox', { name: 'Cecilia Ek' })).not.toBeChecked()
    await user.click(within(group).getByRole('checkbox', { name: 'Bo Berg' }))
    await user.click(within(group).getByRole('checkbox', { name: 'Cecilia Ek' }))
    await user.click(screen.getByRole('button', { name: 'Spara teamet' }))

    expect(await screen.findByText('Teamet är sparat. 2 personer är med.')).toBeInTheDocument()
    expect(requestsTo('PUT', '/api/procurements/p1/team')[0]?.body).toEqual({ memberIds: ['person-1', 'person-3'] })
    const team = screen.getByTestId('team-panel')
    expect(within(team).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Anna Andersson', 'Cecilia Ek'])
    expect(screen.getByRole('button', { name: 'Ändra teamet' })).toHaveFocus()
  })

  it('says so when the procurement does not exist (or is another tenant’s)', async () => {
    mockFetch({
      'GET /api/procurements/p1': problemResponse(404, { title: 'Not Found', code: 'not-found' }),
      'GET /api/process-map': PROCESS_MAP,
    })

    renderWorkspace()

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Upphandlingen kunde inte visas.')
    expect(alert).toHaveTextContent('Det du letar efter finns inte, eller har tagits bort.')
    expect(screen.getByRole('link', { name: 'Alla upphandlingar' })).toHaveAttribute('href', '/upphandlingar')
  })
})
