import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { LessonsPage } from '../lessons-page'

const staff = () => aPerson({ id: 'staff-1', name: 'Ingrid', tenant: null, roles: ['ASSOCIATION_STAFF'] })
const LESSON = {
  id: 'l1',
  procurementId: null,
  whatWorked: 'Dialogmöten tidigt gav bättre krav.',
  whatToChange: null,
  category: 'MARKET_DIALOGUE',
  phase: 'MARKET_DIALOGUE',
  status: 'SUBMITTED',
  rejectionReason: null,
  submittedAt: '2027-02-01T10:00:00Z',
  reviewedAt: null,
}

describe('LessonsPage', () => {
  it('shows the buyer each removal before anything leaves the tenant, then submits the anonymised text', async () => {
    const api = mockFetch({
      'GET /api/lessons': [{ ...LESSON, status: 'REJECTED', rejectionReason: 'För allmän.' }],
      'GET /api/insights/lessons': [],
      'POST /api/lessons/preview': {
        whatWorked: {
          text: '[namn] ringde [kommun] tidigt.',
          removals: [
            { start: 0, end: 6, original: 'Johan Berg', replacement: '[namn]', kind: 'PERSON_NAME' },
            { start: 14, end: 22, original: 'Umeå kommun', replacement: '[kommun]', kind: 'MUNICIPALITY' },
          ],
        },
        whatToChange: { text: '', removals: [] },
      },
      'POST /api/lessons': { ...LESSON, id: 'l2' },
    })
    const { user } = renderWithProviders(<LessonsPage />, { person: aPerson() })

    expect(await screen.findByTestId('own-lesson')).toHaveTextContent('Inte publicerad: För allmän.')
    const form = screen.getByTestId('lesson-form')
    await user.type(within(form).getByLabelText('Vad fungerade?'), 'Johan Berg ringde Umeå kommun tidigt.')
    await user.click(within(form).getByRole('button', { name: 'Förhandsgranska anonymiseringen' }))
    expect(await within(form).findByText('Välj kategori och fas.')).toBeInTheDocument()
    await user.selectOptions(within(form).getByLabelText('Kategori'), 'MARKET_DIALOGUE')
    await user.selectOptions(within(form).getByLabelText('Fas i upphandlingen'), 'MARKET_DIALOGUE')
    await user.click(within(form).getByRole('button', { name: 'Förhandsgranska anonymiseringen' }))

    const preview = await within(form).findByTestId('anonymised-preview')
    expect(preview).toHaveTextContent('2 borttagningar')
    expect(within(preview).getByTitle('Namn: ”Johan Berg” togs bort')).toHaveTextContent('[namn]')
    expect(within(preview).getByTitle('Kommun: ”Umeå kommun” togs bort')).toBeInTheDocument()
    // the preview never overwrites what the writer wrote; taking the anonymised text is a choice
    expect(within(form).getByLabelText('Vad fungerade?')).toHaveValue('Johan Berg ringde Umeå kommun tidigt.')
    await user.click(within(form).getByRole('button', { name: 'Använd den anonymiserade texten' }))
    expect(within(form).getByLabelText('Vad fungerade?')).toHaveValue('[namn] ringde [kommun] tidigt.')
    await user.click(within(form).getByRole('button', { name: 'Skicka för granskning' }))

    expect(await screen.findByText('Erfarenheten är skickad för granskning.')).toBeInTheDocument()
    expect(api.requestsTo('POST', '/api/lessons')[0]!.body).toEqual({
      whatWorked: '[namn] ringde [kommun] tidigt.',
      whatToChange: '',
      category: 'MARKET_DIALOGUE',
      phase: 'MARKET_DIALOGUE',
      procurementId: null,
    })
  })

  it('lets a buyer edit a rejected lesson and submit it again', async () => {
    const api = mockFetch({
      'GET /api/lessons': [{ ...LESSON, status: 'REJECTED', rejectionReason: 'För allmän.' }],
      'GET /api/insights/lessons': [],
      'PUT /api/lessons/l1': { ...LESSON, whatWorked: 'Dialogmöten med tre leverantörer gav bättre krav.' },
    })
    const { user } = renderWithProviders(<LessonsPage />, { person: aPerson() })

    const own = await screen.findByTestId('own-lesson')
    await user.click(within(own).getByRole('button', { name: 'Redigera och skicka igen' }))
    const edit = within(own).getByTestId('resubmit-lesson')
    const worked = within(edit).getByLabelText('Vad fungerade?')
    expect(worked).toHaveValue('Dialogmöten tidigt gav bättre krav.')
    await user.clear(worked)
    await user.type(worked, 'Dialogmöten med tre leverantörer gav bättre krav.')
    await user.click(within(edit).getByRole('button', { name: 'Skicka för granskning igen' }))

    await vi.waitFor(() => expect(api.requestsTo('PUT', '/api/lessons/l1')).toHaveLength(1))
    expect(api.requestsTo('PUT', '/api/lessons/l1')[0]!.body).toEqual({
      whatWorked: 'Dialogmöten med tre leverantörer gav bättre krav.',
      whatToChange: '',
      category: 'MARKET_DIALOGUE',
    })
  })

  it('offers no resubmission of a lesson waiting for review or to a non-buyer', async () => {
    mockFetch({
      'GET /api/lessons': [LESSON, { ...LESSON, id: 'l2', status: 'REJECTED', rejectionReason: 'För allmän.' }],
      'GET /api/insights/lessons': [],
    })
    renderWithProviders(<LessonsPage />, { person: aPerson({ roles: ['USER'] }) })
    expect(await screen.findAllByTestId('own-lesson')).toHaveLength(2)
    expect(screen.queryByRole('button', { name: 'Redigera och skicka igen' })).not.toBeInTheDocument()
  })

  it('lets staff edit and approve a lesson without ever seeing who wrote it, and search the published ones', async () => {
    const api = mockFetch({
      'GET /api/review/lessons': [LESSON],
      'GET /api/insights/lessons': [
        { id: 'x1', category: 'EXIT_AND_PORTABILITY', phase: 'FOLLOW_UP', whatWorked: null, whatToChange: 'Kräv export i öppet format.', approvedOn: '2027-01-10' },
      ],
      'PUT /api/review/lessons/l1': { ...LESSON, whatToChange: 'Boka i god tid.' },
      'POST /api/review/lessons/l1/approve': { ...LESSON, status: 'APPROVED' },
    })
    const { user } = renderWithProviders(<LessonsPage />, { person: staff() })

    const item = await screen.findByTestId('review-item')
    expect(screen.queryByTestId('lesson-form')).not.toBeInTheDocument()
    await user.type(within(item).getByLabelText('Vad skulle ni göra annorlunda?'), 'Boka i god tid.')
    await user.click(within(item).getByRole('button', { name: 'Spara ändringarna och publicera' }))
    await vi.waitFor(() => expect(api.requestsTo('POST', '/api/review/lessons/l1/approve')).toHaveLength(1))
    expect(api.requestsTo('PUT', '/api/review/lessons/l1')[0]!.body).toEqual({
      whatWorked: 'Dialogmöten tidigt gav bättre krav.',
      whatToChange: 'Boka i god tid.',
      category: 'MARKET_DIALOGUE',
    })
    expect(await screen.findByTestId('published-lesson')).toHaveTextContent('Kräv export i öppet format.')

    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'export')
    await vi.waitFor(() => expect(api.requests.some((r) => r.url === '/api/insights/lessons?q=export')).toBe(true))
  })
})
