import { act, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { vendorPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { VendorProcurementPage } from '../vendor-procurement-page'

const BASE = '/api/vendor/procurements/p1'
const PROCUREMENT = {
  id: 'p1',
  title: 'Ny lärplattform',
  description: 'För grundskolan',
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
    requirementSetVersion: 2,
    qualityValueSek: null,
  },
  requirements: [
    { requirementId: 'r1', number: 4, text: 'Inloggning via Skolfederation.', kind: 'MANDATORY', weight: null, category: 'IDENTITY_AND_EID', verificationMethod: null },
  ],
  amendments: [
    {
      number: 1,
      at: '2026-11-25T10:00:00Z',
      setVersion: 2,
      requirementId: 'r1',
      withdrawn: false,
      changes: [{ field: 'text', from: 'Inloggning via SAML.', to: 'Inloggning via Skolfederation.' }],
      reason: 'Förtydligat.',
      closeToDeadline: false,
    },
  ],
  // the server's clock decides, whatever the browser's says: before the last day for questions
  serverTime: '2026-11-26T09:00:00Z',
}
const SUBMITTED = {
  status: 'SUBMITTED',
  responses: [{ requirementId: 'r1', compliance: 'MEETS', explanation: 'Via Skolfederation' }],
  priceSek: 380000,
  savedAt: '2026-11-26T10:00:00Z',
  submittedAt: '2026-11-26T10:00:01Z',
  changedSinceSubmission: false,
}

describe('VendorProcurementPage', () => {
  it('shows the published requirements, amendments and answers, and sends a complete tender', async () => {
    const api = mockFetch({
      [`GET ${BASE}`]: PROCUREMENT,
      [`GET ${BASE}/decision`]: problemResponse(404, { detail: 'The award is not decided yet.' }),
      [`GET ${BASE}/questions`]: [
        { id: 'q1', question: 'Räcker SAML?', answer: 'Nej, se ändring 1.', requirementId: 'r1', publishedAt: '2026-11-25T10:00:00Z', yours: false, clarification: false },
      ],
      [`GET ${BASE}/tender/attachments`]: [],
      [`GET ${BASE}/tender`]: { status: 'NOT_STARTED', responses: [], priceSek: null, savedAt: null, submittedAt: null },
      [`PUT ${BASE}/tender`]: (request) =>
        jsonResponse({ status: 'DRAFT', ...(request.body as object), savedAt: '2026-11-26T10:00:00Z', submittedAt: null }),
      [`POST ${BASE}/tender/submit`]: {
        status: 'SUBMITTED',
        responses: [{ requirementId: 'r1', compliance: 'MEETS', explanation: 'Ja' }],
        priceSek: 380000,
        savedAt: '2026-11-26T10:00:00Z',
        submittedAt: '2026-11-26T10:00:01Z',
      },
    })
    const { user } = renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

    expect(await screen.findByTestId('published-requirement')).toHaveTextContent('Inloggning via Skolfederation.')
    // the number the buyer sees too, not the place in the list
    expect(screen.getByTestId('requirement-number')).toHaveTextContent('K4')
    expect(screen.getByTestId('amendments')).toHaveTextContent('Ändring 1')
    expect(screen.getByTestId('amendments')).toHaveTextContent('Kravtext: Inloggning via SAML. → Inloggning via Skolfederation.')
    expect(screen.getByTestId('amendments')).toHaveTextContent('Skäl: Förtydligat.')
    expect(await screen.findByTestId('vendor-question')).toHaveTextContent('Nej, se ändring 1.')

    const tender = await screen.findByTestId('vendor-tender')
    expect(within(tender).getByTestId('tender-status')).toHaveTextContent('Inte påbörjat')
    await user.click(within(tender).getByRole('radio', { name: 'Uppfyller' }))
    await user.type(within(tender).getByRole('textbox', { name: 'Beskrivning' }), 'Ja')
    await user.type(within(tender).getByRole('textbox', { name: 'Pris (kr)' }), '380000')
    await user.click(within(tender).getByRole('button', { name: 'Lämna in anbudet' }))

    expect(await screen.findByText(/^Inlämnat/)).toBeInTheDocument()
    expect(api.requestsTo('PUT', `${BASE}/tender`)[0]!.body).toEqual({
      responses: [{ requirementId: 'r1', compliance: 'MEETS', explanation: 'Ja' }],
      priceSek: 380000,
    })
    expect(api.requestsTo('POST', `${BASE}/tender/submit`)).toHaveLength(1)
  })

  it('keeps a submitted tender standing when the vendor saves changes, and says they are not submitted', async () => {
    const submitted = {
      status: 'SUBMITTED',
      responses: [{ requirementId: 'r1', compliance: 'MEETS', explanation: 'Ja' }],
      priceSek: 380000,
      savedAt: '2026-11-26T10:00:00Z',
      submittedAt: '2026-11-26T10:00:01Z',
      changedSinceSubmission: false,
    }
    const api = mockFetch({
      [`GET ${BASE}`]: PROCUREMENT,
      [`GET ${BASE}/decision`]: problemResponse(404, { detail: 'The award is not decided yet.' }),
      [`GET ${BASE}/questions`]: [],
      [`GET ${BASE}/tender/attachments`]: [],
      [`GET ${BASE}/tender`]: () =>
        jsonResponse(api.requestsTo('PUT', `${BASE}/tender`).length > 0 ? { ...submitted, priceSek: 350000, changedSinceSubmission: true } : submitted),
      [`PUT ${BASE}/tender`]: (request) =>
        jsonResponse({ ...submitted, ...(request.body as object), changedSinceSubmission: true }),
    })
    const { user } = renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

    const tender = await screen.findByTestId('vendor-tender')
    expect(within(tender).getByTestId('tender-status')).toHaveTextContent('Inlämnat')
    expect(within(tender).queryByTestId('tender-changed')).not.toBeInTheDocument()
    const price = within(tender).getByRole('textbox', { name: 'Pris (kr)' })
    await user.clear(price)
    await user.type(price, '350000')
    await user.click(within(tender).getByRole('button', { name: 'Spara ändringar' }))

    expect(await screen.findByText(/Ändringarna är sparade men inte inlämnade/)).toBeInTheDocument()
    expect(await within(tender).findByTestId('tender-changed')).toHaveTextContent('Köparen öppnar anbudet som det var när du lämnade in det')
    expect(within(tender).getByTestId('tender-status')).toHaveTextContent('Inlämnat')
    expect(within(tender).getByRole('button', { name: 'Lämna in ändringarna' })).toBeInTheDocument()
    expect(api.requestsTo('PUT', `${BASE}/tender`)[0]!.body).toMatchObject({ priceSek: 350000 })
  })

  it('exports the published questions and answers, not its own question still waiting', async () => {
    const blobs: Blob[] = []
    vi.spyOn(globalThis.URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:export'
    })
    vi.spyOn(globalThis.URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    mockFetch({
      [`GET ${BASE}`]: PROCUREMENT,
      [`GET ${BASE}/decision`]: problemResponse(404, { detail: 'The award is not decided yet.' }),
      [`GET ${BASE}/questions`]: [
        { id: 'q1', question: 'Räcker SAML?', answer: 'Nej, se ändring 1.', requirementId: 'r1', publishedAt: '2026-11-25T10:00:00Z', yours: false, clarification: false },
        { id: 'q2', question: 'Vår egen obesvarade fråga', answer: null, requirementId: null, publishedAt: null, yours: true, clarification: false },
      ],
      [`GET ${BASE}/tender/attachments`]: [],
      [`GET ${BASE}/tender`]: { status: 'NOT_STARTED', responses: [], priceSek: null, savedAt: null, submittedAt: null },
    })
    const { user } = renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

    await user.click(await screen.findByRole('button', { name: 'Exportera frågor och svar (CSV)' }))
    const lines = (await blobs[0]!.text()).replace('\uFEFF', '').split('\r\n')
    expect(lines[0]).toBe('Nr;Fråga;Svar;Publicerad')
    expect(lines[1]).toMatch(/^1;Räcker SAML\?;Nej, se ändring 1\.;/)
    expect(lines).toHaveLength(3)
    expect(lines.join('\n')).not.toContain('obesvarade')
    vi.restoreAllMocks()
  })

  describe('after the dates have passed', () => {
    const routes = (serverTime: string, extra: Record<string, unknown> = {}) => ({
      [`GET ${BASE}`]: { ...PROCUREMENT, serverTime },
      [`GET ${BASE}/decision`]: problemResponse(404, { detail: 'The award is not decided yet.' }),
      [`GET ${BASE}/questions`]: [],
      [`GET ${BASE}/tender`]: SUBMITTED,
      ...extra,
    })

    it('replaces the question form with the day questions closed once the Swedish last day for questions is over', async () => {
      // 23:00 UTC on 10 December is midnight in Stockholm: the 11th there
      mockFetch(routes('2026-12-10T23:00:00Z'))
      renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

      expect(await screen.findByTestId('questions-closed')).toHaveTextContent('Sista dag för frågor var 10 dec. 2026. Det går inte längre att ställa frågor.')
      expect(screen.queryByRole('heading', { name: 'Ställ en fråga' })).not.toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Skicka frågan' })).not.toBeInTheDocument()
      // the tender can still be changed until the deadline
      const tender = await screen.findByTestId('vendor-tender')
      expect(within(tender).getByRole('button', { name: 'Lämna in ändringarna' })).toBeInTheDocument()
    })

    it('still takes questions on the last day for questions itself, Swedish time', async () => {
      mockFetch(routes('2026-12-10T22:59:00Z'))
      renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

      expect(await screen.findByRole('button', { name: 'Skicka frågan' })).toBeInTheDocument()
      expect(screen.queryByTestId('questions-closed')).not.toBeInTheDocument()
    })

    it('shows the tender read-only after the deadline: what was submitted and when, and nothing to press', async () => {
      mockFetch(routes('2026-12-20T11:00:00Z', { [`GET ${BASE}/tender`]: { ...SUBMITTED, changedSinceSubmission: true } }))
      renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

      const tender = await screen.findByTestId('vendor-tender')
      expect(within(tender).getByTestId('deadline-passed')).toHaveTextContent('Sista dag för anbud har passerat')
      expect(within(tender).getByTestId('tender-status')).toHaveTextContent(/^Inlämnat/)
      expect(within(tender).getByTestId('tender-changed')).toHaveTextContent('lämnades aldrig in')
      const readOnly = within(tender).getByTestId('tender-read-only')
      expect(readOnly).toHaveTextContent('K4 Inloggning via Skolfederation.')
      expect(readOnly).toHaveTextContent('Uppfyller – Via Skolfederation')
      expect(readOnly).toHaveTextContent(/380\s000/)
      expect(within(tender).queryByRole('button')).not.toBeInTheDocument()
      expect(within(tender).queryByRole('textbox')).not.toBeInTheDocument()
      expect(within(tender).queryByRole('radio')).not.toBeInTheDocument()
      expect(screen.queryByRole('button', { name: /Lämna in/ })).not.toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Skicka frågan' })).not.toBeInTheDocument()
      expect(screen.getByTestId('questions-closed')).toBeInTheDocument()
    })

    it('says that no tender was submitted when the deadline passed without one', async () => {
      mockFetch(routes('2026-12-21T08:00:00Z', { [`GET ${BASE}/tender`]: { status: 'NOT_STARTED', responses: [], priceSek: null, savedAt: null, submittedAt: null } }))
      renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

      const tender = await screen.findByTestId('vendor-tender')
      expect(within(tender).getByTestId('tender-status')).toHaveTextContent('Inget anbud lämnades in före sista anbudsdag.')
      expect(within(tender).queryByRole('button')).not.toBeInTheDocument()
    })

    it('keeps the decision after the award, with the tender read-only and no question form', async () => {
      mockFetch(
        routes('2027-01-10T08:00:00Z', {
          [`GET ${BASE}/decision`]: {
            winnerName: 'Edulab',
            youWon: true,
            reasoning: 'Lägsta pris.',
            decidedAt: '2027-01-05T10:00:00Z',
            evaluationModel: 'LOWEST_PRICE',
            standstillEndsAt: '2027-01-15T23:59:00Z',
            contractSignedAt: null,
            disqualified: false,
            disqualificationReason: null,
            yourRank: 1,
            yourEvaluationPriceSek: 380000,
            yourQuality: null,
          },
          [`GET ${BASE}/tender`]: { ...SUBMITTED, tendersOpenedAt: '2026-12-21T09:00:00Z' },
        }),
      )
      renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

      expect(await screen.findByTestId('vendor-decision')).toHaveTextContent('Ni har tilldelats kontraktet.')
      const tender = await screen.findByTestId('vendor-tender')
      expect(within(tender).getByTestId('tenders-opened')).toBeInTheDocument()
      expect(within(tender).queryByRole('button')).not.toBeInTheDocument()
      expect(screen.getByTestId('questions-closed')).toBeInTheDocument()
    })

    it('closes the tender while the page is open, when the deadline passes by the server clock', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
      try {
        // the browser's clock is a day behind the server's; the server's counts
        vi.setSystemTime(new Date('2026-12-19T10:59:58Z'))
        mockFetch(routes('2026-12-20T10:59:58Z'))
        renderWithProviders(<VendorProcurementPage procurementId="p1" />, { person: vendorPerson() })

        const tender = await screen.findByTestId('vendor-tender')
        expect(within(tender).getByRole('button', { name: 'Lämna in ändringarna' })).toBeInTheDocument()
        await act(async () => {
          await vi.advanceTimersByTimeAsync(3000)
        })
        expect(screen.getByTestId('deadline-passed')).toBeInTheDocument()
        expect(screen.queryByRole('button', { name: 'Lämna in ändringarna' })).not.toBeInTheDocument()
      } finally {
        vi.useRealTimers()
      }
    })
  })
})
