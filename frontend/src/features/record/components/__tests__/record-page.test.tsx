import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { jsonResponse } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { RecordPage } from '../record-page'

function record(edition: 'BUYER' | 'PUBLIC') {
  return {
    procurementId: 'p1',
    title: 'Ny lärplattform',
    tenantName: 'Lärande Skolor AB',
    procedure: 'Öppet förfarande',
    edition,
    writtenAt: '2026-12-04T10:00:00Z',
    writtenBy: 'Sara Nyström',
    eventCount: 42,
    fingerprint: 'ab'.repeat(32),
    sections: [
      {
        order: 20,
        title: 'Behov',
        groups: [
          {
            heading: 'Behov: Snabb frånvarorapportering',
            entries: [
              { at: '2026-11-20T13:00:00Z', by: 'Sofia Karlsson', what: 'Behovet föreslogs', details: ['Prioritet: Hög'] },
            ],
          },
        ],
      },
      {
        order: 60,
        title: 'Frågor och svar under anbudstiden',
        groups: [
          {
            heading: 'Fråga 1',
            entries: [
              edition === 'BUYER'
                ? { at: '2026-11-21T09:00:00Z', by: 'Edulab AB (Henrik)', what: 'Frågan ställdes', details: ['Som den ställdes: Hej'] }
                : { at: '2026-11-21T09:00:00Z', by: null, what: 'En leverantör ställde en fråga', details: [] },
            ],
          },
        ],
      },
      { order: 90, title: 'Uppföljning', groups: [{ heading: null, entries: [] }] },
    ],
  }
}

describe('RecordPage', () => {
  it('shows the record chapter by chapter, switches to the copy for disclosure and offers each as a PDF', async () => {
    const asked: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(String(input), 'http://x')
        const edition = url.searchParams.get('edition') as 'BUYER' | 'PUBLIC'
        asked.push(edition)
        return jsonResponse(record(edition))
      }),
    )
    const { user } = renderWithProviders(<RecordPage procurementId="p1" />, {
      person: aPerson({ roles: ['BUYER'] }),
      route: '/upphandlingar/p1/dokumentation',
    })

    const shown = await screen.findByTestId('record')
    expect(within(shown).getByRole('heading', { level: 2 })).toHaveTextContent('Ny lärplattform')
    expect(shown).toHaveTextContent('Lärande Skolor AB')
    expect(shown).toHaveTextContent('ab'.repeat(32))
    const contents = within(shown).getByRole('navigation', { name: 'Innehåll' })
    expect(within(contents).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Behov',
      'Frågor och svar under anbudstiden',
      'Uppföljning',
    ])
    expect(shown).toHaveTextContent('Behovet föreslogs — Sofia Karlsson')
    expect(shown).toHaveTextContent('Edulab AB (Henrik)')
    expect(within(shown).getByRole('region', { name: 'Uppföljning' })).toHaveTextContent('Inget har registrerats.')
    expect(screen.getByTestId('record-pdf')).toHaveAttribute('href', '/api/procurements/p1/record.pdf?edition=BUYER')

    await user.click(screen.getByRole('radio', { name: 'Exemplar för utlämnande' }))
    await waitFor(() => expect(screen.getByTestId('record')).toHaveTextContent('En leverantör ställde en fråga'))
    expect(screen.getByTestId('record')).not.toHaveTextContent('Henrik')
    expect(screen.getByTestId('record-pdf')).toHaveAttribute('href', '/api/procurements/p1/record.pdf?edition=PUBLIC')
    expect(asked).toEqual(['BUYER', 'PUBLIC'])
  })
})
