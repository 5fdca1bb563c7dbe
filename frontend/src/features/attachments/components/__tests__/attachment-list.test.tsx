import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch } from '@/test/fetch-mock'
import { aPerson, tenantUser, vendorPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { AttachmentsFold, AttachmentsPanel } from '../attachments-section'
import { anAttachment, SHA } from './attachment-fixtures'

const LIST = '/api/procurements/p1/attachments'
const VENDOR_LIST = '/api/vendor/procurements/p1/attachments'
const BUYER = aPerson({ roles: ['BUYER'] })

const FILES = [
  anAttachment(),
  anAttachment({ id: 'a2', target: 'REQUIREMENT', targetId: 'r1', fileName: 'Informationssäkerhet bilaga 3.pdf', sizeBytes: 812 }),
  anAttachment({ id: 'a3', target: 'ANSWER', targetId: 'q1', fileName: 'Svar.docx', sizeBytes: 3_400_000 }),
]

describe('AttachmentList', () => {
  it('links each file to its download, with size, who and when, and the SHA-256', async () => {
    mockFetch({ [`GET ${LIST}`]: FILES })
    renderWithProviders(<AttachmentsPanel procurementId="p1" scope="team" target="PROCUREMENT" />, { person: tenantUser() })

    const item = await screen.findByTestId('attachment')
    // only the procurement's own file: the requirement's and the answer's belong elsewhere
    expect(screen.getAllByTestId('attachment')).toHaveLength(1)
    const link = within(item).getByRole('link', { name: 'Avtalsutkast.pdf' })
    expect(link).toHaveAttribute('href', '/api/procurements/p1/attachments/a1')
    expect(link).toHaveAttribute('download', 'Avtalsutkast.pdf')
    expect(item).toHaveTextContent('(47 kB)')
    expect(item).toHaveTextContent('Bifogad av Anna Andersson')
    expect(within(item).getByText('SHA-256: 3f7a0c9e1b2d…')).toHaveAttribute('title', SHA)
    expect(within(item).getByTestId('attachment-sha256')).toHaveTextContent(SHA)
    // a team member who is not a buyer reads only
    expect(within(item).queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Välj en fil att bifoga')).not.toBeInTheDocument()
  })

  it('removes a file only after the buyer confirms', async () => {
    document.cookie = 'XSRF-TOKEN=token-9'
    let listed = FILES
    const api = mockFetch({
      [`GET ${LIST}`]: () => jsonResponse(listed),
      [`DELETE ${LIST}/a1`]: () => {
        listed = FILES.slice(1)
        return new Response(null, { status: 204 })
      },
    })
    const { user } = renderWithProviders(<AttachmentsPanel procurementId="p1" scope="team" target="PROCUREMENT" />, { person: BUYER })

    await user.click(await screen.findByRole('button', { name: 'Ta bort Avtalsutkast.pdf' }))
    let dialog = screen.getByTestId('confirm-remove-attachment')
    expect(dialog).toHaveTextContent('Avtalsutkast.pdf tas bort ur upphandlingen')
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    expect(api.requestsTo('DELETE', `${LIST}/a1`)).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Ta bort Avtalsutkast.pdf' }))
    dialog = screen.getByTestId('confirm-remove-attachment')
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort bilagan' }))
    await waitFor(() => expect(api.requestsTo('DELETE', `${LIST}/a1`)).toHaveLength(1))
    expect(api.requestsTo('DELETE', `${LIST}/a1`)[0]!.headers.get('X-XSRF-TOKEN')).toBe('token-9')
    expect(await screen.findByText('Avtalsutkast.pdf är borttagen.')).toBeInTheDocument()
    expect(await screen.findByText('Inga bilagor ännu.')).toBeInTheDocument()
  })

  it('folds a requirement’s files under its card with their count', async () => {
    mockFetch({ [`GET ${LIST}`]: FILES })
    const { user } = renderWithProviders(<AttachmentsFold procurementId="p1" scope="team" target="REQUIREMENT" targetId="r1" />, { person: BUYER })
    await user.click(await screen.findByText('Bilagor (1)'))
    const item = screen.getByTestId('attachment')
    expect(within(item).getByRole('link', { name: 'Informationssäkerhet bilaga 3.pdf' })).toBeVisible()
    expect(item).toHaveTextContent('(812 byte)')
    expect(screen.getByLabelText('Välj en fil att bifoga')).toBeVisible()
  })
})

describe('the vendor’s view', () => {
  it('lists published files read-only, from the vendor routes', async () => {
    const { addedBy: _, ...vendorFile } = FILES[2]!
    mockFetch({ [`GET ${VENDOR_LIST}`]: [{ ...vendorFile }, { ...anAttachment(), addedBy: undefined }] })
    const { user } = renderWithProviders(
      <>
        <AttachmentsPanel procurementId="p1" scope="vendor" target="PROCUREMENT" />
        <AttachmentsFold procurementId="p1" scope="vendor" target="ANSWER" targetId="q1" />
        <AttachmentsFold procurementId="p1" scope="vendor" target="REQUIREMENT" targetId="r9" />
      </>,
      { person: vendorPerson() },
    )
    const panel = await screen.findByTestId('attachments-panel')
    const link = await within(panel).findByRole('link', { name: 'Avtalsutkast.pdf' })
    expect(link).toHaveAttribute('href', '/api/vendor/procurements/p1/attachments/a1')
    expect(panel).toHaveTextContent('Bifogad ')
    expect(panel).not.toHaveTextContent('Anna Andersson')

    await user.click(screen.getByText('Bilagor till svaret (1)'))
    expect(screen.getByRole('link', { name: 'Svar.docx' })).toHaveAttribute('href', '/api/vendor/procurements/p1/attachments/a3')
    expect(screen.getByText(/3,2 MB/)).toBeInTheDocument()
    // a requirement without files shows nothing
    expect(screen.getAllByTestId('attachments-fold')).toHaveLength(1)
    expect(screen.queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ladda upp' })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Välj en fil att bifoga')).not.toBeInTheDocument()
  })
})
