import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { FakeXhr } from '@/test/fake-xhr'
import { jsonResponse, mockFetch } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { AttachmentsPanel } from '../attachments-section'
import { anAttachment } from './attachment-fixtures'

const LIST = '/api/procurements/p1/attachments'
const BUYER = aPerson({ roles: ['BUYER'] })

function aPdf(size = 2_500_000) {
  return new File([new Uint8Array(size)], 'Avtalsutkast.pdf', { type: 'application/pdf' })
}

beforeEach(() => {
  FakeXhr.last = null
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  document.cookie = 'XSRF-TOKEN=token-1'
})

afterEach(() => {
  vi.unstubAllGlobals()
})

async function chooseAndUpload(user: ReturnType<typeof renderWithProviders>['user'], file = aPdf()) {
  await user.upload(await screen.findByLabelText('Välj en fil att bifoga'), file)
  await user.click(screen.getByRole('button', { name: 'Ladda upp' }))
  return FakeXhr.last!
}

describe('AttachmentUpload', () => {
  it('sends the file itself with the CSRF token, shows the progress and refreshes the list when done', async () => {
    let listed = [] as ReturnType<typeof anAttachment>[]
    const api = mockFetch({ [`GET ${LIST}`]: () => jsonResponse(listed) })
    const { user } = renderWithProviders(<AttachmentsPanel procurementId="p1" scope="team" target="PROCUREMENT" />, { person: BUYER })
    expect(await screen.findByText('Inga bilagor ännu.')).toBeInTheDocument()

    const sent = await chooseAndUpload(user)
    expect(sent.method).toBe('POST')
    expect(sent.url).toBe(`${LIST}?target=PROCUREMENT&name=Avtalsutkast.pdf`)
    expect(sent.headers['X-XSRF-TOKEN']).toBe('token-1')
    expect(sent.headers['Accept']).toMatch(/application\/json/)
    expect(sent.headers['Accept-Language']).toBe('sv')
    expect(sent.headers['Content-Type']).toBe('application/pdf')
    expect((sent.body as File).name).toBe('Avtalsutkast.pdf')
    expect(screen.getByRole('button', { name: 'Ladda upp' })).toBeDisabled()

    sent.progress(1_250_000, 2_500_000)
    const bar = screen.getByRole('progressbar', { name: 'Laddar upp Avtalsutkast.pdf' })
    expect(bar).toHaveAttribute('value', '1250000')
    expect(bar).toHaveAttribute('max', '2500000')
    expect(screen.getByTestId('attachment-progress')).toHaveTextContent('50 % (1,2 MB av 2,4 MB)')

    listed = [anAttachment()]
    const before = api.requestsTo('GET', LIST).length
    sent.respond(201, anAttachment())
    expect(await screen.findByRole('status')).toHaveTextContent('Avtalsutkast.pdf är bifogad.')
    expect(await screen.findByRole('link', { name: 'Avtalsutkast.pdf' })).toBeInTheDocument()
    expect(api.requestsTo('GET', LIST).length).toBeGreaterThan(before)
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Ladda upp' })).toBeEnabled()
  })

  it('sends the target of a requirement', async () => {
    mockFetch({ [`GET ${LIST}`]: [] })
    const { user } = renderWithProviders(<AttachmentsPanel procurementId="p1" scope="team" target="REQUIREMENT" targetId="r 7" />, { person: BUYER })
    const sent = await chooseAndUpload(user)
    expect(sent.url).toBe(`${LIST}?target=REQUIREMENT&targetId=r+7&name=Avtalsutkast.pdf`)
  })

  it('says in Swedish how large a file may be when the server refuses it as too large', async () => {
    mockFetch({ [`GET ${LIST}`]: [] })
    const { user } = renderWithProviders(<AttachmentsPanel procurementId="p1" scope="team" target="PROCUREMENT" />, { person: BUYER })
    const sent = await chooseAndUpload(user)
    sent.respond(413, { status: 413, code: 'too-large', detail: 'The file is larger than the 25 MB an attachment may have.', maxBytes: 26_214_400 })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Filen kunde inte bifogas')
    expect(alert).toHaveTextContent('Filen är för stor. En bilaga får vara högst 25 MB. Inget sparades.')
  })

  it('names the type the server found when it refuses one', async () => {
    mockFetch({ [`GET ${LIST}`]: [] })
    const { user } = renderWithProviders(<AttachmentsPanel procurementId="p1" scope="team" target="PROCUREMENT" />, { person: BUYER })
    const sent = await chooseAndUpload(user)
    sent.respond(415, { status: 415, code: 'attachment.type-not-allowed', detectedType: 'application/x-msdownload' })
    expect(await screen.findByRole('alert')).toHaveTextContent('Filer av den här typen (application/x-msdownload) kan inte bifogas.')
  })

  it('cancels a running upload', async () => {
    mockFetch({ [`GET ${LIST}`]: [] })
    const { user } = renderWithProviders(<AttachmentsPanel procurementId="p1" scope="team" target="PROCUREMENT" />, { person: BUYER })
    const sent = await chooseAndUpload(user)
    sent.progress(100, 2_500_000)
    await user.click(screen.getByRole('button', { name: 'Avbryt uppladdningen' }))
    expect(sent.aborted).toBe(true)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Uppladdningen avbröts. Inget sparades.'))
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('asks for a file before uploading', async () => {
    mockFetch({ [`GET ${LIST}`]: [] })
    const { user } = renderWithProviders(<AttachmentsPanel procurementId="p1" scope="team" target="PROCUREMENT" />, { person: BUYER })
    await user.click(await screen.findByRole('button', { name: 'Ladda upp' }))
    expect(screen.getByLabelText('Välj en fil att bifoga')).toHaveAccessibleDescription(/Välj en fil först/)
    expect(FakeXhr.last).toBeNull()
  })
})
