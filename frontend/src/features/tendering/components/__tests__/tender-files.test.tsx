import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { EvaluationPanel } from '../evaluation-panel'
import { TenderFiles } from '../tender-files'

const P = '/api/procurements/p1'
const SHA = '9b1d5e0c7a3f2e4d6c8b0a1f3e5d7c9b2a4f6e8d0c1b3a5f7e9d2c4b6a8f0e1d'

const row = (vendorOrganisationId: string, vendorName: string, rank: number) => ({
  vendorOrganisationId,
  vendorName,
  priceSek: 500000,
  failsMandatory: [],
  disqualified: false,
  disqualificationReason: null,
  quality: 0,
  deductionSek: 0,
  evaluationPriceSek: 500000,
  rank,
  scores: [],
})

describe('the files of the opened tenders', () => {
  it('shows each tender’s files as submitted, with download links and SHA-256, once opened', async () => {
    mockFetch({
      [`GET ${P}/publication`]: {
        publishedAt: '2026-11-01T10:00:00Z',
        tenderDeadline: '2026-11-30T11:00:00Z',
        lastQuestionDay: '2026-11-20',
        answersDueBy: '2026-11-24',
        evaluationModel: 'LOWEST_PRICE',
        accelerated: false,
        requirementSetVersion: 1,
        qualityValueSek: null,
      },
      [`GET ${P}/evaluation`]: {
        model: 'LOWEST_PRICE',
        qualityValueSek: null,
        rows: [row('v1', 'Edulab Lärplattformar AB', 1), row('v 2', 'Skolsystem Norden AB', 2)],
        award: null,
      },
      [`GET ${P}/opening`]: {
        tenderDeadline: '2026-11-30T11:00:00Z',
        deadlinePassed: true,
        candidates: [],
        openers: [],
        openedAt: '2026-11-30T12:00:00Z',
        record: [],
      },
      [`GET ${P}/tenders`]: { opened: true, opensAt: '2026-11-30T11:00:00Z', tenders: [] },
      [`GET ${P}/requirements`]: [],
      [`GET ${P}/tenders/v1/attachments`]: [
        {
          id: 'f1',
          fileName: 'Edulab produktblad.pdf',
          contentType: 'application/pdf',
          sizeBytes: 48213,
          sha256: SHA,
          addedAt: '2026-11-26T09:00:00Z',
          submitted: true,
        },
      ],
      [`GET ${P}/tenders/v%202/attachments`]: [],
    })
    renderWithProviders(<EvaluationPanel procurementId="p1" />, { person: aPerson() })

    const section = await screen.findByTestId('opened-tender-files')
    expect(within(section).getByRole('heading', { name: 'Bilagor i anbuden' })).toBeInTheDocument()
    const [edulab, norden] = within(section).getAllByTestId('opened-tender-files-of')
    expect(within(edulab!).getByRole('heading', { name: 'Edulab Lärplattformar AB' })).toBeInTheDocument()
    const file = await within(edulab!).findByTestId('opened-tender-file')
    expect(within(file).getByRole('link', { name: 'Edulab produktblad.pdf' })).toHaveAttribute('href', `${P}/tenders/v1/attachments/f1`)
    expect(file).toHaveTextContent('(47 kB)')
    expect(within(file).getByText('SHA-256: 9b1d5e0c7a3f…')).toHaveAttribute('title', SHA)
    expect(within(file).getByTestId('opened-tender-file-sha256')).toHaveTextContent(SHA)
    expect(within(section).getByRole('list', { name: 'Bilagor i anbudet från Edulab Lärplattformar AB' })).toBeInTheDocument()
    expect(await within(norden!).findByText('Inga bilagor.')).toBeInTheDocument()
  })

  it('shows nothing for a tender the server still calls sealed', async () => {
    mockFetch({ [`GET ${P}/tenders/v1/attachments`]: problemResponse(409, { code: 'evaluation.sealed', detail: 'Sealed' }) })
    renderWithProviders(<TenderFiles procurementId="p1" tenders={[{ vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB' }]} />, {
      person: aPerson(),
    })
    const section = screen.getByTestId('opened-tender-files')
    await within(section).findByRole('heading', { name: 'Bilagor i anbuden' })
    await expect.poll(() => within(section).queryByTestId('opened-tender-files-of')).toBeNull()
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument()
  })
})
