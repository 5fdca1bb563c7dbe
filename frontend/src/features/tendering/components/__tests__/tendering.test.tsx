import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { EvaluationPanel } from '../evaluation-panel'
import { QuestionsPanel } from '../questions-panel'
import { VendorsPanel } from '../vendors-panel'

const P = '/api/procurements/p1'
const PUBLICATION = {
  publishedAt: '2026-11-22T10:00:00Z',
  tenderDeadline: '2027-01-20T11:00:00Z',
  lastQuestionDay: '2027-01-08',
  answersDueBy: '2027-01-14',
  evaluationModel: 'PRICE_AND_QUALITY',
  accelerated: false,
  requirementSetVersion: 1,
  qualityValueSek: 400000,
}

describe('VendorsPanel', () => {
  it('invites a vendor from the directory and publishes with the chosen model and dates', async () => {
    let published = false
    const api = mockFetch({
      [`GET ${P}/vendors`]: [],
      'GET /api/vendor-directory': [{ id: 'v1', name: 'Edulab Lärplattformar AB', organisationNumber: '559100-0004' }],
      [`POST ${P}/vendors`]: [{ vendorOrganisationId: 'v1', name: 'Edulab Lärplattformar AB', organisationNumber: '559100-0004', invitedAt: '2026-11-22T10:00:00Z' }],
      [`GET ${P}/publication`]: () => (published ? jsonResponse(PUBLICATION) : problemResponse(404, { detail: 'Not published' })),
      [`POST ${P}/publish`]: () => {
        published = true
        return jsonResponse(PUBLICATION)
      },
      [`POST ${P}/deadline`]: { ...PUBLICATION, tenderDeadline: '2027-01-27T11:00:00Z', answersDueBy: '2027-01-21' },
    })
    const { user } = renderWithProviders(<VendorsPanel procurementId="p1" />, { person: aPerson() })

    await screen.findByRole('option', { name: 'Edulab Lärplattformar AB (559100-0004)' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bjud in leverantör' }), 'v1')
    await user.click(screen.getByRole('button', { name: 'Bjud in' }))
    expect(await screen.findByTestId('invited-vendors')).toHaveTextContent('Edulab Lärplattformar AB (559100-0004)')
    expect(screen.getByRole('button', { name: 'Dra tillbaka inbjudan till Edulab Lärplattformar AB' })).toBeInTheDocument()

    await user.type(screen.getByLabelText('Sista dag för anbud'), '2027-01-20')
    await user.type(screen.getByLabelText('Sista dag för frågor'), '2027-01-08')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Utvärderingsmodell' }), 'PRICE_AND_QUALITY')
    await user.click(screen.getByRole('button', { name: 'Annonsera' }))
    expect(screen.getByText('Fyll i det här fältet.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Största möjliga mervärdesavdrag (kr)' }), '400000')
    await user.click(screen.getByRole('button', { name: 'Annonsera' }))
    const confirm = await screen.findByTestId('confirm-publish')
    expect(confirm).toHaveTextContent('Det går inte att ångra')
    expect(api.requestsTo('POST', `${P}/publish`)).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Ja, annonsera' }))

    expect(await screen.findByTestId('publication')).toHaveTextContent('svar på frågor publiceras senast 14 jan. 2027')
    // published: invitations stand, so no withdrawal is offered
    expect(screen.queryByRole('button', { name: /Dra tillbaka inbjudan/ })).not.toBeInTheDocument()
    const body = api.requestsTo('POST', `${P}/publish`)[0]!.body as Record<string, unknown>
    expect(body).toMatchObject({ lastQuestionDay: '2027-01-08', evaluationModel: 'PRICE_AND_QUALITY', qualityValueSek: 400000, accelerated: false })
    expect(String(body.tenderDeadline)).toMatch(/^2027-01-20T/)

    await user.type(screen.getByLabelText('Ny sista dag för anbud'), '2027-01-27')
    await user.click(screen.getByRole('button', { name: 'Förläng anbudstiden' }))
    expect(await screen.findByText('Anbudstiden är förlängd.')).toBeInTheDocument()
    expect(screen.getByTestId('publication')).toHaveTextContent('svar på frågor publiceras senast 21 jan. 2027')
    expect(String((api.requestsTo('POST', `${P}/deadline`)[0]!.body as { tenderDeadline: string }).tenderDeadline)).toMatch(/^2027-01-2[67]T/)
  })
})

describe('QuestionsPanel', () => {
  it('exports the published questions and answers without who asked, and nothing unpublished', async () => {
    const asked = {
      version: 2,
      kind: 'QUESTION',
      askedBy: { vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB' },
      requirementId: null,
      askedAt: '2026-11-22T10:00:00Z',
      late: false,
      answersDueBy: '2026-11-23',
      needsAnswerSoon: false,
    }
    const blobs: Blob[] = []
    vi.spyOn(globalThis.URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:export'
    })
    vi.spyOn(globalThis.URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    mockFetch({
      [`GET ${P}/questions`]: [
        { ...asked, id: 'q2', originalText: 'Vi på Edulab: LTI?', question: 'Stöds LTI 1.3?', answer: 'Ja; se kravet.', publishedAt: '2026-11-24T09:00:00Z' },
        { ...asked, id: 'q1', originalText: 'SAML?', question: 'Räcker SAML?', answer: 'Nej, "Skolfederation".', publishedAt: '2026-11-23T09:00:00Z' },
        { ...asked, id: 'q3', originalText: 'Hemligt utkast', question: 'Hemligt utkast', answer: 'Inte klart', publishedAt: null },
      ],
    })
    const { user } = renderWithProviders(<QuestionsPanel procurementId="p1" procurementTitle="Ny lärplattform" />, { person: aPerson() })

    await user.click(await screen.findByRole('button', { name: 'Exportera publicerade frågor och svar (CSV)' }))
    expect(click).toHaveBeenCalledTimes(1)
    const lines = (await blobs[0]!.text()).replace('\uFEFF', '').split('\r\n')
    expect(lines[0]).toBe('Nr;Fråga;Svar;Publicerad')
    expect(lines[1]).toMatch(/^1;Räcker SAML\?;"Nej, ""Skolfederation""\.";/)
    expect(lines[2]).toMatch(/^2;Stöds LTI 1\.3\?;"Ja; se kravet\.";/)
    expect(lines).toHaveLength(4)
    const all = lines.join('\n')
    expect(all).not.toContain('Edulab')
    expect(all).not.toContain('Hemligt utkast')
    vi.restoreAllMocks()
  })


  it('shows who asked to the team, saves the rephrased question and answer, then publishes', async () => {
    const question = {
      id: 'q1',
      version: 1,
      kind: 'QUESTION',
      askedBy: { vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB' },
      originalText: 'Vi på Edulab undrar om SAML räcker?',
      question: 'Vi på Edulab undrar om SAML räcker?',
      answer: null,
      requirementId: null,
      askedAt: '2026-11-22T10:00:00Z',
      publishedAt: null,
      late: false,
      answersDueBy: '2026-11-23',
      needsAnswerSoon: true,
    }
    const api = mockFetch({
      [`GET ${P}/questions`]: [question],
      [`PATCH ${P}/questions/q1`]: { ...question, version: 2, question: 'Räcker SAML?', answer: 'Ja.' },
      [`POST ${P}/questions/q1/publish`]: { ...question, version: 3, publishedAt: '2026-11-22T11:00:00Z' },
    })
    const { user } = renderWithProviders(<QuestionsPanel procurementId="p1" />, { person: aPerson() })

    const card = await screen.findByTestId('team-question')
    expect(card).toHaveTextContent('Frågan kommer från Edulab Lärplattformar AB')
    expect(card).toHaveTextContent('Svaret måste publiceras senast 23 nov. 2026')
    expect(screen.getByText('1 obesvarad fråga')).toBeInTheDocument()
    const wording = within(card).getByRole('textbox', { name: 'Frågan som den publiceras' })
    await user.clear(wording)
    await user.type(wording, 'Räcker SAML?')
    await user.type(within(card).getByRole('textbox', { name: 'Svar' }), 'Ja.')
    await user.click(within(card).getByRole('button', { name: 'Publicera till alla leverantörer' }))
    const confirm = await screen.findByTestId('confirm-publish-answer')
    expect(confirm).toHaveTextContent('inte avslöjar vem som ställde den')
    await user.click(within(confirm).getByRole('button', { name: 'Ja, publicera svaret' }))

    expect(await screen.findByText('Svaret är publicerat till alla inbjudna leverantörer.')).toBeInTheDocument()
    expect(api.requestsTo('PATCH', `${P}/questions/q1`)[0]!.body).toEqual({
      baseVersion: 1,
      changes: { question: 'Räcker SAML?', answer: 'Ja.' },
    })
    expect(api.requestsTo('POST', `${P}/questions/q1/publish`)).toHaveLength(1)
  })
  it('holds back a question that names someone, lists what was found, and publishes only with a reason', async () => {
    const question = {
      id: 'q1',
      version: 2,
      kind: 'QUESTION',
      askedBy: { vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB' },
      originalText: 'Vi på Edulab undrar. Ring 070-123 45 67.',
      question: 'Vi på Edulab undrar. Ring 070-123 45 67.',
      answer: 'Ja.',
      requirementId: null,
      askedAt: '2026-11-22T10:00:00Z',
      publishedAt: null,
      late: false,
      answersDueBy: '2026-11-23',
      needsAnswerSoon: false,
    }
    let held = true
    const api = mockFetch({
      [`GET ${P}/questions`]: [question],
      [`POST ${P}/questions/q1/publish`]: () =>
        held
          ? problemResponse(409, {
              code: 'question.names-someone',
              detail: 'The question or answer seems to name someone',
              findings: [
                { kind: 'VENDOR', text: 'Edulab' },
                { kind: 'PHONE', text: '070-123 45 67' },
              ],
            })
          : jsonResponse({ ...question, version: 4, publishedAt: '2026-11-22T11:00:00Z' }),
    })
    const { user } = renderWithProviders(<QuestionsPanel procurementId="p1" />, { person: aPerson() })

    const card = await screen.findByTestId('team-question')
    await user.click(within(card).getByRole('button', { name: 'Publicera till alla leverantörer' }))
    await user.click(within(await screen.findByTestId('confirm-publish-answer')).getByRole('button', { name: 'Ja, publicera svaret' }))

    const warning = await screen.findByTestId('identity-warning')
    expect(warning).toHaveTextContent('kan avslöja vem som frågade')
    expect(warning).toHaveTextContent('Edulab (leverantör)')
    expect(warning).toHaveTextContent('070-123 45 67 (telefonnummer)')
    const anyway = within(warning).getByRole('button', { name: 'Publicera ändå med skälet' })
    expect(anyway).toBeDisabled()
    await user.type(within(warning).getByRole('textbox', { name: 'Skäl till att texten inte avslöjar frågeställaren' }), 'Numret är kommunens växel.')
    held = false
    await user.click(anyway)

    expect(await screen.findByText('Svaret är publicerat till alla inbjudna leverantörer.')).toBeInTheDocument()
    const requests = api.requestsTo('POST', `${P}/questions/q1/publish`)
    expect(requests).toHaveLength(2)
    expect(requests[1]!.body).toEqual({ identityReason: 'Numret är kommunens växel.' })
  })

  it('shows the timeline of a question: who asked, who changed the wording and answer, and the publication', async () => {
    mockFetch({
      [`GET ${P}/questions`]: [
        {
          id: 'q1', version: 3, kind: 'QUESTION', askedBy: { vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB' },
          originalText: 'Vi på Edulab undrar om SAML räcker?', question: 'Räcker SAML?', answer: 'Ja.', requirementId: null,
          askedAt: '2026-11-22T10:00:00Z', publishedAt: '2026-11-22T11:00:00Z', late: false, answersDueBy: '2026-11-23', needsAnswerSoon: false,
        },
      ],
      [`GET ${P}/questions/q1/history`]: [
        { version: 3, at: '2026-11-22T11:00:00Z', by: { id: 'b1', name: 'Johan Berg' }, type: 'AnswerPublished', changes: [] },
        {
          version: 2, at: '2026-11-22T10:30:00Z', by: { id: 'b2', name: 'Sara Ek' }, type: 'AnswerEdited',
          changes: [{ field: 'question', from: 'Vi på Edulab undrar om SAML räcker?', to: 'Räcker SAML?' }, { field: 'answer', from: null, to: 'Ja.' }],
        },
        { version: 1, at: '2026-11-22T10:00:00Z', by: { id: 'v', name: 'Henrik Dahl' }, type: 'QuestionAsked', changes: [] },
      ],
    })
    const { user } = renderWithProviders(<QuestionsPanel procurementId="p1" />, { person: aPerson() })

    await user.click(await screen.findByRole('button', { name: 'Historik' }))
    const timeline = await screen.findByTestId('question-history')
    expect(await within(timeline).findByText('Svaret publicerades till alla leverantörer')).toBeInTheDocument()
    expect(timeline).toHaveTextContent('Sara Ek')
    expect(timeline).toHaveTextContent('Frågan som den publiceras')
    expect(timeline).toHaveTextContent('Räcker SAML?')
    expect(timeline).toHaveTextContent('Frågan ställdes')
  })
})

describe('EvaluationPanel', () => {
  const row = (overrides: Record<string, unknown>) => ({
    vendorOrganisationId: 'v1',
    vendorName: 'Edulab Lärplattformar AB',
    priceSek: 500000,
    failsMandatory: [],
    disqualified: false,
    disqualificationReason: null,
    quality: 78,
    deductionSek: 78000,
    evaluationPriceSek: 422000,
    rank: 1,
    scores: [{ requirementId: 'r2', number: 2, average: 4.5, count: 2 }],
    ...overrides,
  })

  const OPENING = {
    tenderDeadline: '2027-01-20T11:00:00Z',
    deadlinePassed: true,
    candidates: [
      { personId: 'person-1', name: 'Anna Andersson' },
      { personId: 'person-2', name: 'Olle Berg' },
      { personId: 'person-3', name: 'Kim Dahl' },
    ],
    openers: [],
    openedAt: null,
    record: [],
  }

  it('keeps the tenders sealed until two appointed openers confirm, asking before the irreversible step', async () => {
    const appointed = {
      ...OPENING,
      openers: [
        { personId: 'person-1', name: 'Anna Andersson', confirmedAt: null },
        { personId: 'person-2', name: 'Olle Berg', confirmedAt: '2027-01-20T12:00:00Z' },
      ],
    }
    const api = mockFetch({
      [`GET ${P}/publication`]: PUBLICATION,
      [`GET ${P}/evaluation`]: problemResponse(409, { code: 'evaluation.sealed', detail: 'Sealed' }),
      [`GET ${P}/opening`]: OPENING,
      [`PUT ${P}/opening/openers`]: appointed,
      [`POST ${P}/opening/confirm`]: {
        ...appointed,
        openers: appointed.openers.map((o) => ({ ...o, confirmedAt: '2027-01-20T12:05:00Z' })),
        openedAt: '2027-01-20T12:05:00Z',
        record: [{ vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB', submittedAt: '2027-01-19T09:00:00Z', priceSek: 500000 }],
      },
    })
    const { user } = renderWithProviders(<EvaluationPanel procurementId="p1" />, { person: aPerson() })
    expect(await screen.findByTestId('sealed')).toHaveTextContent('Anbuden är fortfarande förseglade')
    expect(screen.getByText('Inga öppnare är utsedda ännu.')).toBeInTheDocument()

    const appoint = screen.getByRole('button', { name: 'Utse öppnare' })
    await user.click(screen.getByRole('checkbox', { name: 'Anna Andersson' }))
    expect(appoint).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: 'Olle Berg' }))
    await user.click(appoint)
    expect(api.requestsTo('PUT', `${P}/opening/openers`)[0]!.body).toEqual({ openers: ['person-1', 'person-2'] })
    expect(await screen.findByTestId('openers')).toHaveTextContent('Anna Andersson – Har inte bekräftat')

    await user.click(screen.getByRole('button', { name: 'Bekräfta öppning' }))
    const dialog = await screen.findByTestId('confirm-opening')
    expect(dialog).toHaveTextContent('tillsammans med Olle Berg')
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    expect(api.requestsTo('POST', `${P}/opening/confirm`)).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Bekräfta öppning' }))
    await user.click(within(await screen.findByTestId('confirm-opening')).getByRole('button', { name: 'Ja, bekräfta öppningen' }))
    const record = await screen.findByTestId('opening-record')
    expect(record).toHaveTextContent('Edulab Lärplattformar AB')
    expect(record).toHaveTextContent('500 000')
    expect(record).toHaveTextContent('av Anna Andersson, Olle Berg')
    // sealed: nothing asked of the tenders' files
    expect(api.requests.filter((r) => r.url.includes('/attachments'))).toHaveLength(0)
  })

  it('ranks the opened tenders, rejects one failing a mandatory requirement and awards with reasoning', async () => {
    const evaluation = {
      model: 'PRICE_AND_QUALITY',
      qualityValueSek: 100000,
      rows: [row({}), row({ vendorOrganisationId: 'v2', vendorName: 'Skolsystem Norden AB', priceSek: 300000, failsMandatory: ['r1'], rank: 2 })],
      award: null,
    }
    const api = mockFetch({
      [`GET ${P}/publication`]: PUBLICATION,
      [`GET ${P}/evaluation`]: evaluation,
      [`GET ${P}/opening`]: { ...OPENING, openedAt: '2026-11-30T12:00:00Z' },
      [`POST ${P}/evaluation/disqualifications`]: {
        ...evaluation,
        rows: [evaluation.rows[0], { ...evaluation.rows[1], disqualified: true, disqualificationReason: 'Ska-krav 1', rank: null }],
      },
      [`GET ${P}/tenders`]: {
        opened: true,
        opensAt: '2026-11-30T11:00:00Z',
        tenders: [
          {
            vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB', priceSek: 500000, submittedAt: '2026-11-29T10:00:00Z',
            responses: [
              { requirementId: 'r1', compliance: 'MEETS', explanation: 'Via Skolfederation.' },
              { requirementId: 'r2', compliance: 'PARTLY', explanation: 'Översikt per grupp.' },
            ],
          },
          {
            vendorOrganisationId: 'v2', vendorName: 'Skolsystem Norden AB', priceSek: 300000, submittedAt: '2026-11-29T11:00:00Z',
            responses: [
              { requirementId: 'r1', compliance: 'DOES_NOT_MEET', explanation: null },
              { requirementId: 'r2', compliance: 'MEETS', explanation: 'Ja.' },
            ],
          },
        ],
      },
      [`GET ${P}/requirements`]: [
        { id: 'r1', number: 1, text: 'Inloggning via Skolfederation.', kind: 'MANDATORY', weight: null },
        { id: 'r2', number: 2, text: 'Läraren bör se varje elevs utveckling.', kind: 'EVALUATED', weight: 40 },
      ],
      [`GET ${P}/tenders/v1/attachments`]: [],
      [`GET ${P}/tenders/v2/attachments`]: [],
      [`PUT ${P}/evaluation/scores`]: evaluation,
      [`POST ${P}/evaluation/award`]: {
        ...evaluation,
        award: {
          winnerVendorOrganisationId: 'v1', winnerName: 'Edulab Lärplattformar AB', reasoning: 'Lägst utvärderingspris.',
          decidedAt: '2026-12-01T10:00:00Z', standstillEndsAt: '2099-12-11T10:00:00Z', contractSignedAt: null,
        },
      },
    })
    const { user } = renderWithProviders(<EvaluationPanel procurementId="p1" />, { person: aPerson() })

    const table = await screen.findByTestId('evaluation-table')
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('1Edulab Lärplattformar AB500 00078 %78 000422 000')
    expect(table).toHaveTextContent('Uppfyller inte 1 ska-krav')

    const matrix = await screen.findByTestId('evaluation-matrix')
    const cells = within(matrix).getAllByTestId('matrix-cell')
    expect(cells[0]).toHaveTextContent('UppfyllerVia Skolfederation.')
    expect(cells[1]).toHaveTextContent('Uppfyller inte')
    expect(cells[2]).toHaveTextContent('Teamets snitt 4,5 (2 poängsättningar)')
    await user.selectOptions(within(cells[2]!).getByLabelText('Din poäng för Edulab Lärplattformar AB på krav K2'), '4')
    expect(api.requestsTo('PUT', `${P}/evaluation/scores`)[0]!.body).toEqual({ vendorOrganisationId: 'v1', requirementId: 'r2', score: 4 })

    await user.type(screen.getByRole('textbox', { name: 'Skäl för att förkasta' }), 'Ska-krav 1')
    await user.click(screen.getByRole('button', { name: 'Förkasta anbudet från Skolsystem Norden AB' }))
    expect(await screen.findByText('Förkastat: Ska-krav 1')).toBeInTheDocument()

    await user.type(screen.getByRole('textbox', { name: 'Motivering (alla leverantörer läser den)' }), 'Lägst utvärderingspris.')
    await user.click(screen.getByRole('button', { name: 'Tilldela' }))
    const confirm = await screen.findByTestId('confirm-award')
    expect(confirm).toHaveTextContent('Kontraktet tilldelas Edulab Lärplattformar AB')
    expect(api.requestsTo('POST', `${P}/evaluation/award`)).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Ja, tilldela' }))
    expect(await screen.findByTestId('standstill')).toHaveTextContent('Avtalsspärr till')
    expect(screen.getByRole('button', { name: 'Registrera avtalet som tecknat' })).toBeDisabled()
    expect(await screen.findByTestId('award')).toHaveTextContent('Tilldelat Edulab Lärplattformar AB: Lägst utvärderingspris.')
    expect(api.requestsTo('POST', `${P}/evaluation/award`)[0]!.body).toEqual({ vendorOrganisationId: 'v1', reasoning: 'Lägst utvärderingspris.' })
  })

  it('keeps the tenders where they are while the team scores, says when nobody has scored, and re-ranks when asked', async () => {
    const tenders = {
      opened: true,
      opensAt: '2026-11-30T11:00:00Z',
      tenders: ['v1', 'v2'].map((v) => ({
        vendorOrganisationId: v, vendorName: v === 'v1' ? 'Edulab Lärplattformar AB' : 'Skolsystem Norden AB', priceSek: 500000,
        submittedAt: '2026-11-29T10:00:00Z', responses: [{ requirementId: 'r2', compliance: 'MEETS', explanation: null }],
      })),
    }
    const before = {
      model: 'PRICE_AND_QUALITY',
      qualityValueSek: 100000,
      rows: [
        row({ scores: [{ requirementId: 'r2', average: 0, count: 0 }] }),
        row({ vendorOrganisationId: 'v2', vendorName: 'Skolsystem Norden AB', rank: 2, scores: [{ requirementId: 'r2', average: 0, count: 0 }] }),
      ],
      award: null,
    }
    // a 5 for the second tender makes it first: the server answers in the new rank order
    const after = {
      ...before,
      rows: [
        { ...before.rows[1]!, rank: 1, scores: [{ requirementId: 'r2', average: 5, count: 1 }] },
        { ...before.rows[0]!, rank: 2 },
      ],
    }
    mockFetch({
      [`GET ${P}/publication`]: PUBLICATION,
      [`GET ${P}/evaluation`]: before,
      [`GET ${P}/opening`]: { ...OPENING, openedAt: '2026-11-30T12:00:00Z' },
      [`GET ${P}/tenders`]: tenders,
      [`GET ${P}/requirements`]: [{ id: 'r2', number: 2, text: 'Läraren bör se varje elevs utveckling.', kind: 'EVALUATED', weight: 40 }],
      [`PUT ${P}/evaluation/scores`]: after,
    })
    const { user } = renderWithProviders(<EvaluationPanel procurementId="p1" />, { person: aPerson() })

    const matrix = await screen.findByTestId('evaluation-matrix')
    const columns = () => within(screen.getByTestId('evaluation-matrix')).getAllByRole('columnheader').slice(1).map((c) => c.textContent)
    const ranked = () => within(screen.getByTestId('evaluation-table')).getAllByRole('row').slice(1).map((r) => r.textContent)
    expect(columns()).toEqual(['Edulab Lärplattformar AB', 'Skolsystem Norden AB'])
    expect(within(matrix).getAllByTestId('matrix-cell')[1]).toHaveTextContent('Ingen har poängsatt än')
    expect(matrix).not.toHaveTextContent('Teamets snitt')
    expect(screen.queryByTestId('rank-changed')).not.toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Din poäng för Skolsystem Norden AB på krav K2'), '5')

    expect(await within(matrix).findByText('Teamets snitt 5 (1 poängsättning)')).toBeInTheDocument()
    expect(columns()).toEqual(['Edulab Lärplattformar AB', 'Skolsystem Norden AB'])
    expect(ranked()[0]).toMatch(/^2Edulab/)
    expect(screen.getByLabelText('Din poäng för Skolsystem Norden AB på krav K2')).toHaveValue('5')
    await user.click(within(screen.getByTestId('rank-changed')).getByRole('button', { name: 'Sortera efter rang' }))
    expect(columns()).toEqual(['Skolsystem Norden AB', 'Edulab Lärplattformar AB'])
    expect(ranked()[0]).toMatch(/^1Skolsystem/)
    expect(screen.queryByTestId('rank-changed')).not.toBeInTheDocument()
  })
})

describe('QuestionsPanel conflicts', () => {
  it('shows the current answer when someone else changed it meanwhile, and keeps mine on request', async () => {
    const question = {
      id: 'q1', version: 1, kind: 'QUESTION', askedBy: { vendorOrganisationId: 'v1', vendorName: 'Edulab Lärplattformar AB' },
      originalText: 'Räcker SAML?', question: 'Räcker SAML?', answer: null, requirementId: null,
      askedAt: '2026-11-22T10:00:00Z', publishedAt: null, late: false, answersDueBy: null, needsAnswerSoon: false,
    }
    let attempts = 0
    const api = mockFetch({
      [`GET ${P}/questions`]: [question],
      [`PATCH ${P}/questions/q1`]: () => {
        attempts += 1
        return attempts === 1
          ? problemResponse(409, {
              code: 'edit.conflict',
              conflicts: [{ field: 'answer', yours: 'Ja.', current: 'Nej, OIDC krävs.', changedBy: { id: 's', name: 'Sara Nyström' } }],
              current: { ...question, version: 2, answer: 'Nej, OIDC krävs.' },
            })
          : jsonResponse({ ...question, version: 3, answer: 'Ja.' })
      },
    })
    const { user } = renderWithProviders(<QuestionsPanel procurementId="p1" />, { person: aPerson() })
    const card = await screen.findByTestId('team-question')
    await user.type(within(card).getByRole('textbox', { name: 'Svar' }), 'Ja.')
    await user.click(within(card).getByRole('button', { name: 'Spara utkast' }))

    const notice = await screen.findByTestId('answer-conflict')
    expect(notice).toHaveTextContent('Sara Nyström ändrade samma fält medan du skrev.')
    expect(notice).toHaveTextContent('Nuvarande: Nej, OIDC krävs.')
    await user.click(within(notice).getByRole('button', { name: 'Behåll min' }))

    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument()
    expect(api.requestsTo('PATCH', `${P}/questions/q1`)[1]!.body).toEqual({ baseVersion: 2, changes: { answer: 'Ja.' } })
  })
})

describe('VendorsPanel, a vendor not on the platform', () => {
  it('invites it by organisation number and contact, and says so when the e-mail is taken', async () => {
    let attempts = 0
    const api = mockFetch({
      [`GET ${P}/vendors`]: [],
      'GET /api/vendor-directory': [],
      [`GET ${P}/publication`]: problemResponse(404, { detail: 'Not published' }),
      [`POST ${P}/vendors`]: () => {
        attempts += 1
        return attempts === 1
          ? problemResponse(409, { code: 'member.email-taken', detail: 'That e-mail address is already in use.' })
          : jsonResponse([{ vendorOrganisationId: 'v9', name: 'Nya Läromedel AB', organisationNumber: '559123-4561', invitedAt: '2026-11-22T10:00:00Z' }])
      },
    })
    const { user } = renderWithProviders(<VendorsPanel procurementId="p1" />, { person: aPerson() })
    await user.click(await screen.findByText('Bjud in en leverantör som inte finns i katalogen'))
    await user.type(screen.getByRole('textbox', { name: 'Organisationens namn' }), 'Nya Läromedel AB')
    await user.type(screen.getByRole('textbox', { name: 'Organisationsnummer' }), '559123-4561')
    await user.type(screen.getByRole('textbox', { name: 'Kontaktperson' }), 'Kim Kontakt')
    await user.type(screen.getByRole('textbox', { name: 'Kontaktpersonens e-post' }), 'kim@nya.example')
    const form = screen.getByText(/Organisationen registreras med kontaktpersonen/).closest('form')!
    await user.click(within(form).getByRole('button', { name: 'Registrera och bjud in' }))
    expect(await screen.findByText('Det finns redan en användare med den e-postadressen.', { exact: false })).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Registrera och bjud in' }))
    expect(await screen.findByTestId('invited-vendors')).toHaveTextContent('Nya Läromedel AB (559123-4561)')
    expect(api.requestsTo('POST', `${P}/vendors`)[1]!.body).toEqual({
      newVendor: { name: 'Nya Läromedel AB', organisationNumber: '559123-4561', contactName: 'Kim Kontakt', contactEmail: 'kim@nya.example' },
    })
  })
})
