import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson, tenantUser } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { FollowUpReportPage } from '../follow-up-report-page'

const BASE = '/api/procurements/p1/follow-up'
const NEED = {
  needId: 'n1',
  statement: 'Frånvaro ska rapporteras snabbt',
  indicator: 'Minuter per vecka',
  baseline: 120,
  target: 60,
  unit: 'min',
  requirements: ['Frånvaro ska kunna anmälas i mobilen.'],
  outcome: null,
}
const OPEN = {
  procurementId: 'p1',
  title: 'Frånvarosystem',
  phase: 'FOLLOW_UP',
  status: 'OPEN',
  canOpen: true,
  openedAt: '2027-05-01T08:00:00Z',
  closedAt: null,
  needs: [NEED],
  benefitRealisedPercent: null,
  facts: { deliveryQuality: null, deliveryComment: null, adoptionPercent: null, yearlyCostPerPupilSek: null, openFormatExport: null, exitPlanDocumented: null },
  survey: {
    responses: 2,
    averages: { EASE_OF_USE: 3.5, SUPPORTS_WORK: 4, RELIABILITY: 5, VENDOR_SUPPORT: 3 },
    distribution: { EASE_OF_USE: [0, 1, 0, 0, 1], SUPPORTS_WORK: [0, 0, 0, 2, 0], RELIABILITY: [0, 0, 0, 0, 2], VENDOR_SUPPORT: [0, 0, 2, 0, 0] },
    comments: ['Smidigt'],
    mine: null,
  },
}

describe('FollowUpReportPage', () => {
  it('lets the buyer record what a need delivered, shown beside its baseline and target, with a table view of the chart', async () => {
    const api = mockFetch({
      [`GET ${BASE}`]: OPEN,
      [`PUT ${BASE}/indicators/n1`]: {
        ...OPEN,
        benefitRealisedPercent: 70,
        needs: [{ ...NEED, outcome: { realisedValue: 75, measuredOn: '2027-05-30', source: 'Enkät', benefitRealisedPercent: 70 } }],
      },
    })
    const { user } = renderWithProviders(<FollowUpReportPage procurementId="p1" />, { person: aPerson() })

    const need = await screen.findByTestId('need-outcome')
    expect(need).toHaveTextContent('från 120 min till 60 min')
    expect(need).toHaveTextContent('Frånvaro ska kunna anmälas i mobilen.')
    await user.type(within(need).getByLabelText('Uppmätt värde (min)'), '75')
    await user.type(within(need).getByLabelText('Mätdatum'), '2027-05-30')
    await user.type(within(need).getByLabelText('Källa'), 'Enkät')
    await user.type(within(need).getByLabelText('Realiserad nytta (0–100 %)'), '70')
    await user.click(within(need).getByRole('button', { name: 'Spara utfallet' }))

    expect(await screen.findByTestId('outcome')).toHaveTextContent('bedömd realiserad nytta 70 %')
    expect(api.requestsTo('PUT', `${BASE}/indicators/n1`)[0]!.body).toMatchObject({
      realisedValue: 75,
      measuredOn: '2027-05-30',
      source: 'Enkät',
      benefitRealisedPercent: 70,
    })
    const chart = screen.getByTestId('benefit-chart')
    await user.click(within(chart).getByRole('button', { name: 'Visa som tabell' }))
    expect(within(chart).getByRole('table')).toHaveTextContent('75 min')
  })

  it('shows a member the survey distribution and sends their one answer; a cost in the wrong unit is explained at its field', async () => {
    const api = mockFetch({
      [`GET ${BASE}`]: OPEN,
      [`POST ${BASE}/survey`]: (request) =>
        jsonResponse({ ...OPEN, survey: { ...OPEN.survey, responses: 3, mine: { ratings: (request.body as { ratings: object }).ratings, comment: null } } }),
    })
    const { user } = renderWithProviders(<FollowUpReportPage procurementId="p1" />, { person: tenantUser() })

    expect(await screen.findByTestId('survey-responses')).toHaveTextContent('2 svar')
    const chart = screen.getByTestId('survey-chart')
    expect(within(chart).getByRole('table', { hidden: true })).toHaveTextContent('3,5')
    expect(screen.queryByRole('button', { name: 'Spara utfallet' })).not.toBeInTheDocument()

    const form = screen.getByTestId('survey-form')
    await user.click(within(form).getByRole('button', { name: 'Skicka svaret' }))
    expect(within(form).getAllByText('Svara på frågan (1–5).')).toHaveLength(4)
    expect(api.requestsTo('POST', `${BASE}/survey`)).toHaveLength(0)
    for (const group of within(form).getAllByRole('group')) {
      await user.click(within(group).getByRole('radio', { name: '4' }))
    }
    await user.click(within(form).getByRole('button', { name: 'Skicka svaret' }))
    expect(await screen.findByText('Tack! Ditt svar är sparat.')).toBeInTheDocument()
    expect(api.requestsTo('POST', `${BASE}/survey`)[0]!.body).toEqual({
      ratings: { EASE_OF_USE: 4, SUPPORTS_WORK: 4, RELIABILITY: 4, VENDOR_SUPPORT: 4 },
      comment: null,
    })
    expect(await screen.findByRole('heading', { name: 'Ändra ditt svar' })).toBeInTheDocument()
  })

  it('names the field when the cost is not per pupil and year', async () => {
    mockFetch({
      [`GET ${BASE}`]: OPEN,
      [`PUT ${BASE}/facts`]: problemResponse(400, {
        code: 'follow-up.cost-unit',
        detail: 'The cost is per pupil and year.',
        errors: [{ field: 'yearlyCostPerPupilSek', message: 'The cost is per pupil and year, in kronor.' }],
      }),
    })
    const { user } = renderWithProviders(<FollowUpReportPage procurementId="p1" />, { person: aPerson() })
    await user.type(await screen.findByLabelText('Kostnad per elev och år (kr)', { exact: false }), '2400000')
    await user.click(screen.getByRole('button', { name: 'Spara' }))
    expect(await screen.findByText('The cost is per pupil and year, in kronor.')).toBeInTheDocument()
  })
})
