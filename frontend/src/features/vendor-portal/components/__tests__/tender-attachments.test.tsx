import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { TenderAttachment } from '@/lib/tender-attachment'
import { FakeXhr } from '@/test/fake-xhr'
import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { vendorPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { VendorProcurementPage } from '../vendor-procurement-page'

const BASE = '/api/vendor/procurements/p1'
const FILES = `${BASE}/tender/attachments`
const SHA = '3f7a0c9e1b2d4c5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b'
const FUTURE = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString()
const PAST = new Date(Date.now() - 24 * 3600 * 1000).toISOString()

function procurement(tenderDeadline: string) {
  return {
    id: 'p1',
    title: 'Ny lärplattform',
    description: null,
    buyer: 'Älvstads kommun',
    category: 'teaching',
    procedure: 'OPEN',
    invitedAt: '2026-11-20T10:00:00Z',
    publication: {
      publishedAt: '2026-11-21T10:00:00Z',
      tenderDeadline,
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
  }
}

const SUBMITTED_TENDER = {
  status: 'SUBMITTED',
  responses: [{ requirementId: 'r1', compliance: 'MEETS', explanation: 'Ja' }],
  priceSek: 380000,
  savedAt: '2026-11-26T10:00:00Z',
  submittedAt: '2026-11-26T10:00:01Z',
  changedSinceSubmission: false,
}

function aFile(overrides: Partial<TenderAttachment> = {}): TenderAttachment {
  return {
    id: 'f1',
    fileName: 'Edulab produktblad.pdf',
    contentType: 'application/pdf',
    sizeBytes: 48213,
    sha256: SHA,
    addedAt: '2026-11-26T09:00:00Z',
    submitted: true,
    ...overrides,
  }
}

/** The vendor's page with a submitted tender; `files()` answers the list, the tender changes once `changed()` says so. */
function mockPage(deadline: string, files: () => TenderAttachment[], changed: () => boolean = () => false, extra: Record<string, unknown> = {}) {
  return mockFetch({
    [`GET ${BASE}`]: procurement(deadline),
    [`GET ${BASE}/decision`]: problemResponse(404, { detail: 'The award is not decided yet.' }),
    [`GET ${BASE}/questions`]: [],
    [`GET ${BASE}/tender`]: () => jsonResponse({ ...SUBMITTED_TENDER, changedSinceSubmission: changed() }),
    [`GET ${FILES}`]: () => jsonResponse(files()),
    ...extra,
  })
}

function aPdf(size = 2_500_000) {
  return new File([new Uint8Array(size)], 'Prislista.pdf', { type: 'application/pdf' })
}

beforeEach(() => {
  FakeXhr.last = null
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  document.cookie = 'XSRF-TOKEN=token-5'
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the files with a vendor’s tender', () => {
  it('lists each file with its download, size, SHA-256 and whether it is in the submitted tender, and says they are sealed', async () => {
    mockPage(FUTURE, () => [aFile(), aFile({ id: 'f2', fileName: 'Prislista.xlsx', sizeBytes: 812, submitted: false })])
    renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

    const section = await screen.findByTestId('vendor-tender-attachments')
    expect(within(section).getByRole('heading', { name: 'Bilagor till anbudet' })).toBeInTheDocument()
    expect(section).toHaveTextContent('Filerna förseglas som anbudet')
    const [first, second] = await within(section).findAllByTestId('tender-attachment')
    expect(within(first!).getByRole('link', { name: 'Edulab produktblad.pdf' })).toHaveAttribute('href', `${FILES}/f1`)
    expect(first).toHaveTextContent('(47 kB)')
    expect(within(first!).getByText('SHA-256: 3f7a0c9e1b2d…')).toHaveAttribute('title', SHA)
    expect(within(first!).getByTestId('tender-attachment-sha256')).toHaveTextContent(SHA)
    expect(within(first!).getByTestId('tender-attachment-submitted')).toHaveTextContent('Ingår i det inlämnade anbudet')
    expect(within(second!).getByTestId('tender-attachment-submitted')).toHaveTextContent('Inte inlämnad än')
    expect(within(section).getByRole('button', { name: 'Ta bort Prislista.xlsx' })).toBeInTheDocument()
    expect(within(section).getByLabelText('Välj en fil att bifoga anbudet')).toBeEnabled()
  })

  it('uploads a file with progress, then lists it and shows that the tender changed since its submission', async () => {
    let files: TenderAttachment[] = [aFile()]
    let added = false
    const api = mockPage(FUTURE, () => files, () => added)
    const { user } = renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

    const section = await screen.findByTestId('vendor-tender-attachments')
    await within(section).findByTestId('tender-attachment')
    expect(screen.queryByTestId('tender-changed')).not.toBeInTheDocument()
    await user.upload(within(section).getByLabelText('Välj en fil att bifoga anbudet'), aPdf())
    await user.click(within(section).getByRole('button', { name: 'Ladda upp' }))

    const sent = FakeXhr.last!
    expect(sent.method).toBe('POST')
    expect(sent.url).toBe(`${FILES}?name=Prislista.pdf`)
    expect(sent.headers['X-XSRF-TOKEN']).toBe('token-5')
    expect((sent.body as File).name).toBe('Prislista.pdf')

    sent.progress(1_250_000, 2_500_000)
    expect(within(section).getByRole('progressbar', { name: 'Laddar upp Prislista.pdf' })).toHaveAttribute('value', '1250000')
    expect(within(section).getByTestId('tender-attachment-progress')).toHaveTextContent('50 % (1,2 MB av 2,4 MB)')

    const tenderReads = api.requestsTo('GET', `${BASE}/tender`).length
    const uploaded = aFile({ id: 'f2', fileName: 'Prislista.pdf', sizeBytes: 2_500_000, submitted: false })
    files = [aFile(), uploaded]
    added = true
    sent.respond(201, uploaded)

    expect(await within(section).findByText('Prislista.pdf är bifogad anbudet.')).toBeInTheDocument()
    expect(await within(section).findByRole('link', { name: 'Prislista.pdf' })).toHaveAttribute('href', `${FILES}/f2`)
    expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument()
    expect(await screen.findByTestId('tender-changed')).toHaveTextContent('Du har sparade ändringar som inte är inlämnade')
    expect(api.requestsTo('GET', `${BASE}/tender`).length).toBeGreaterThan(tenderReads)
  })

  it('says why when the server refuses a file because the deadline has passed, and then reads only', async () => {
    mockPage(FUTURE, () => [aFile()])
    const { user } = renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

    const section = await screen.findByTestId('vendor-tender-attachments')
    await within(section).findByTestId('tender-attachment')
    await user.upload(within(section).getByLabelText('Välj en fil att bifoga anbudet'), aPdf(100))
    await user.click(within(section).getByRole('button', { name: 'Ladda upp' }))
    FakeXhr.last!.respond(409, { status: 409, code: 'tender.deadline-passed', detail: 'The tender deadline has passed: tenders can no longer change.' })

    const alert = await within(section).findByRole('alert')
    expect(alert).toHaveTextContent('Filen kunde inte bifogas')
    expect(alert).toHaveTextContent('Sista anbudsdag har passerat: anbudet och dess bilagor kan inte längre ändras.')
    expect(within(section).getByTestId('tender-attachments-closed')).toBeInTheDocument()
    expect(within(section).queryByLabelText('Välj en fil att bifoga anbudet')).not.toBeInTheDocument()
    expect(within(section).queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument()
  })

  it('says how many files a tender may have', async () => {
    mockPage(FUTURE, () => [])
    const { user } = renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })
    const section = await screen.findByTestId('vendor-tender-attachments')
    expect(await within(section).findByText('Inga bilagor till anbudet.')).toBeInTheDocument()
    await user.upload(within(section).getByLabelText('Välj en fil att bifoga anbudet'), aPdf(100))
    await user.click(within(section).getByRole('button', { name: 'Ladda upp' }))
    FakeXhr.last!.respond(409, { status: 409, code: 'tender.too-many-attachments' })
    expect(await within(section).findByRole('alert')).toHaveTextContent('Ett anbud kan ha högst 50 bilagor.')
    // still open: only this file was refused
    expect(within(section).getByLabelText('Välj en fil att bifoga anbudet')).toBeEnabled()
  })

  it('removes a file only after the vendor confirms, and refreshes the tender', async () => {
    let files = [aFile()]
    const api = mockPage(FUTURE, () => files, () => files.length === 0, {
      [`DELETE ${FILES}/f1`]: () => {
        files = []
        return new Response(null, { status: 204 })
      },
    })
    const { user } = renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })
    const section = await screen.findByTestId('vendor-tender-attachments')

    await user.click(await within(section).findByRole('button', { name: 'Ta bort Edulab produktblad.pdf' }))
    let dialog = screen.getByTestId('confirm-remove-tender-attachment')
    expect(dialog).toHaveTextContent('Edulab produktblad.pdf tas bort ur anbudet.')
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    expect(api.requestsTo('DELETE', `${FILES}/f1`)).toHaveLength(0)

    await user.click(within(section).getByRole('button', { name: 'Ta bort Edulab produktblad.pdf' }))
    dialog = screen.getByTestId('confirm-remove-tender-attachment')
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort filen' }))
    await waitFor(() => expect(api.requestsTo('DELETE', `${FILES}/f1`)).toHaveLength(1))
    expect(api.requestsTo('DELETE', `${FILES}/f1`)[0]!.headers.get('X-XSRF-TOKEN')).toBe('token-5')
    expect(await within(section).findByText('Edulab produktblad.pdf är borttagen ur anbudet.')).toBeInTheDocument()
    expect(await within(section).findByText('Inga bilagor till anbudet.')).toBeInTheDocument()
    expect(await screen.findByTestId('tender-changed')).toBeInTheDocument()
  })

  it('reads only after the deadline: the files can be downloaded, not added or removed', async () => {
    mockPage(PAST, () => [aFile()])
    renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })
    const section = await screen.findByTestId('vendor-tender-attachments')
    const item = await within(section).findByTestId('tender-attachment')
    expect(within(item).getByRole('link', { name: 'Edulab produktblad.pdf' })).toHaveAttribute('href', `${FILES}/f1`)
    expect(within(section).getByTestId('tender-attachments-closed')).toHaveTextContent('Sista anbudsdag har passerat: bilagorna kan inte längre ändras.')
    expect(within(section).queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument()
    expect(within(section).queryByLabelText('Välj en fil att bifoga anbudet')).not.toBeInTheDocument()
    expect(within(section).queryByRole('button', { name: 'Ladda upp' })).not.toBeInTheDocument()
    expect(FakeXhr.last).toBeNull()
  })
})
