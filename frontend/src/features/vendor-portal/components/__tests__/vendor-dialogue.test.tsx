import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { vendorPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { VendorDialogue } from '../vendor-dialogue'

const DRAFT = {
  draft: {
    round: 1,
    message: 'Synpunkter senast 1 mars.',
    sharedAt: '2026-11-22T10:00:00Z',
    requirements: [{ requirementId: 'r1', number: 1, text: 'Export i öppet format.', kind: 'MANDATORY', weight: null, category: 'EXIT_AND_PORTABILITY', verificationMethod: null }],
  },
  comments: [],
  questions: [],
}

describe('VendorDialogue', () => {
  it('lets a vendor comment on a requirement of the shared draft', async () => {
    const api = mockFetch({
      'GET /api/vendor/procurements/p1/rfi': DRAFT,
      'POST /api/vendor/procurements/p1/rfi/comments': { ...DRAFT, comments: [{ requirementId: 'r1', number: 1, text: 'CSV räcker?', at: '2026-11-22T11:00:00Z' }] },
    })
    const { user } = renderWithProviders(<VendorDialogue procurementId="p1" />, { person: vendorPerson() })
    expect(await screen.findByText('Synpunkter senast 1 mars.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Er synpunkt på kravet' }), 'CSV räcker?')
    await user.click(screen.getByRole('button', { name: 'Skicka synpunkt' }))
    expect(await screen.findByText('Skickat till köparen.')).toBeInTheDocument()
    expect(api.requestsTo('POST', '/api/vendor/procurements/p1/rfi/comments')[0]!.body).toEqual({ requirementId: 'r1', text: 'CSV räcker?' })
  })
})
