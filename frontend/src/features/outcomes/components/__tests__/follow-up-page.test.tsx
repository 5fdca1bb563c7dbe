import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { tenantUser } from '@/test/fixtures'
import { renderApp, renderWithProviders } from '@/test/render'

import { FollowUpPage } from '../follow-up-page'

const line = (overrides: Record<string, unknown>) => ({
  procurementId: 'p1',
  title: 'Frånvarosystem',
  phase: 'FOLLOW_UP',
  status: 'OPEN',
  canAnswer: true,
  answered: false,
  ...overrides,
})

describe('FollowUpPage', () => {
  it('leads a teacher to the open survey, and to changing the answer once given', async () => {
    mockFetch({
      'GET /api/follow-ups': [
        line({}),
        line({ procurementId: 'p2', title: 'Lärplattform', answered: true }),
        line({ procurementId: 'p3', title: 'Schemaläggning', phase: 'IMPLEMENTATION', status: 'NOT_OPENED', canAnswer: false }),
        line({ procurementId: 'p4', title: 'Elevregister', phase: 'CLOSED', status: 'CLOSED', canAnswer: false, answered: true }),
      ],
    })
    renderWithProviders(<FollowUpPage />, { person: tenantUser() })

    const lines = await screen.findAllByTestId('followable-procurement')
    expect(lines).toHaveLength(4)
    expect(within(lines[0]!).getByRole('link', { name: 'Svara på enkäten' })).toHaveAttribute('href', '/uppfoljning/p1#enkat')
    expect(lines[0]).toHaveTextContent('Uppföljning · Pågår')
    expect(within(lines[1]!).getByRole('link', { name: 'Ändra ditt svar' })).toHaveAttribute('href', '/uppfoljning/p2#enkat')
    // not open yet, or closed: the follow-up to read, no survey to answer
    expect(within(lines[2]!).getByRole('link', { name: 'Schemaläggning' })).toHaveAttribute('href', '/uppfoljning/p3')
    expect(within(lines[2]!).queryByTestId('survey-link')).not.toBeInTheDocument()
    expect(lines[2]).toHaveTextContent('Inte påbörjad')
    expect(within(lines[3]!).queryByTestId('survey-link')).not.toBeInTheDocument()
  })

  it('says there is nothing to follow up when the list is empty', async () => {
    mockFetch({ 'GET /api/follow-ups': [] })
    renderWithProviders(<FollowUpPage />, { person: tenantUser() })

    expect(await screen.findByText('Inget att följa upp ännu')).toBeInTheDocument()
  })

  it('opens the survey from the list, in the app', async () => {
    mockFetch({
      'GET /api/me': tenantUser(),
      'GET /api/follow-ups': [line({})],
      'GET /api/procurements/p1/follow-up': {
        procurementId: 'p1',
        title: 'Frånvarosystem',
        phase: 'FOLLOW_UP',
        status: 'OPEN',
        canOpen: true,
        openedAt: '2027-05-01T08:00:00Z',
        closedAt: null,
        needs: [],
        benefitRealisedPercent: null,
        facts: null,
        survey: {
          responses: 0,
          averages: {},
          distribution: { EASE_OF_USE: [0, 0, 0, 0, 0], SUPPORTS_WORK: [0, 0, 0, 0, 0], RELIABILITY: [0, 0, 0, 0, 0], VENDOR_SUPPORT: [0, 0, 0, 0, 0] },
          comments: [],
          mine: null,
        },
      },
    })
    const { user, router } = renderApp('/uppfoljning')

    await user.click(await screen.findByRole('link', { name: 'Svara på enkäten' }))

    expect(router.state.location.pathname).toBe('/uppfoljning/p1')
    expect(router.state.location.hash).toBe('#enkat')
    expect(await screen.findByRole('form', { name: 'Ditt svar på enkäten' })).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Enkät till användarna' })).toHaveFocus()
  })
})
