import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { DialoguePanel } from '../dialogue-panel'

const DIALOGUE = {
  draft: { round: 1, message: null, sharedAt: '2026-11-22T10:00:00Z', requirements: [{ requirementId: 'r1', text: 'Export i öppet format.' }] },
  comments: [{ requirementId: 'r1', vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB', text: 'Vilket format?', at: '2026-11-22T11:00:00Z' }],
  questions: [],
}

describe('DialoguePanel', () => {
  it('shows every vendor’s comments to the team and asks the vendors a question', async () => {
    const api = mockFetch({
      'GET /api/procurements/p1/rfi': DIALOGUE,
      'POST /api/procurements/p1/rfi/questions': {
        ...DIALOGUE,
        questions: [{ id: 'q1', text: 'Hur lång tid tar en export?', askedAt: '2026-11-22T12:00:00Z', answers: [] }],
      },
    })
    const { user } = renderWithProviders(<DialoguePanel procurementId="p1" />, { person: aPerson() })
    expect(await screen.findByTestId('dialogue-comments')).toHaveTextContent('Edulab Lärplattformar AB – Export i öppet format.: Vilket format?')
    await user.type(screen.getByRole('textbox', { name: 'Fråga leverantörerna' }), 'Hur lång tid tar en export?')
    await user.click(screen.getByRole('button', { name: 'Ställ frågan' }))
    expect(await screen.findByText('Inga svar ännu.')).toBeInTheDocument()
    expect(api.requestsTo('POST', '/api/procurements/p1/rfi/questions')[0]!.body).toEqual({ text: 'Hur lång tid tar en export?' })
  })
})
