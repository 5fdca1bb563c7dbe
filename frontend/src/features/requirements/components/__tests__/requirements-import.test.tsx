import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { tenantUser } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { XLSX_TYPE } from '../../api/import-requirements'
import { RequirementsImport } from '../requirements-import'
import { aRequirement } from './requirement-fixtures'

/** An XMLHttpRequest that records what it was asked to send and answers when the test says. */
class FakeUpload {
  static last: FakeUpload | null = null
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  withCredentials = false
  status = 0
  responseText = ''
  method = ''
  url = ''
  body: unknown = null
  headers: Record<string, string> = {}

  open(method: string, url: string) {
    this.method = method
    this.url = url
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }

  send(body: unknown) {
    this.body = body
    FakeUpload.last = this
  }

  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true }))
  }

  respond(status: number, body: unknown) {
    this.status = status
    this.responseText = JSON.stringify(body)
    act(() => this.onload?.())
  }
}

function anXlsx() {
  return new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'krav.xlsx', { type: XLSX_TYPE })
}

beforeEach(() => {
  FakeUpload.last = null
  vi.stubGlobal('XMLHttpRequest', FakeUpload)
  document.cookie = 'XSRF-TOKEN=token-1'
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
})

describe('RequirementsImport', () => {
  it('uploads the file itself with the CSRF token, shows the progress and lists every wrong cell', async () => {
    const onStatus = vi.fn()
    const { user } = renderWithProviders(<RequirementsImport procurementId="p1" onStatus={onStatus} />, { person: tenantUser() })
    expect(screen.getByRole('button', { name: 'Importera från Excel' })).toBeEnabled()

    await user.upload(screen.getByTestId('requirements-import-file'), anXlsx())
    const sent = FakeUpload.last!
    expect(sent.method).toBe('POST')
    expect(sent.url).toBe('/api/procurements/p1/requirements/import')
    expect(sent.headers['Content-Type']).toBe(XLSX_TYPE)
    expect(sent.headers['X-XSRF-TOKEN']).toBe('token-1')
    expect((sent.body as File).name).toBe('krav.xlsx')
    expect(screen.getByRole('button', { name: 'Importera från Excel' })).toBeDisabled()

    sent.progress(50, 100)
    expect(screen.getByRole('progressbar', { name: 'Uppladdning' })).toHaveAttribute('value', '50')

    sent.respond(400, {
      status: 400,
      code: 'import.invalid',
      detail: '2 cells of the sheet are not valid; nothing was imported.',
      errors: [
        { row: 3, column: 'Vikt', message: 'The weight is a whole number from 1 to 100.' },
        { row: 4, column: 'Krav', message: 'A requirement needs a text, a kind and a category.' },
      ],
    })
    const errors = await screen.findByTestId('import-errors')
    expect(errors).toHaveAttribute('role', 'alert')
    expect(within(errors).getByText(/Inget importerades/)).toBeInTheDocument()
    expect(within(errors).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Rad 3, kolumn Vikt: The weight is a whole number from 1 to 100.',
      'Rad 4, kolumn Krav: A requirement needs a text, a kind and a category.',
    ])
    expect(onStatus).not.toHaveBeenCalled()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
  })

  it('says how many were created', async () => {
    const onStatus = vi.fn()
    const { user } = renderWithProviders(<RequirementsImport procurementId="p1" onStatus={onStatus} />, { person: tenantUser() })
    await user.upload(screen.getByTestId('requirements-import-file'), anXlsx())
    FakeUpload.last!.respond(201, [aRequirement({ id: 'r4', number: 4 }), aRequirement({ id: 'r5', number: 5 })])
    await vi.waitFor(() => expect(onStatus).toHaveBeenCalledWith('2 krav importerades.'))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('explains a file that is not a workbook in its own words', async () => {
    const { user } = renderWithProviders(<RequirementsImport procurementId="p1" onStatus={() => {}} />, { person: tenantUser() })
    await user.upload(screen.getByTestId('requirements-import-file'), anXlsx())
    FakeUpload.last!.respond(415, { status: 415, code: 'import.not-xlsx', detail: 'The file is not an Excel workbook (.xlsx).' })
    expect(await screen.findByRole('alert')).toHaveTextContent('Filen är inte en Excel-arbetsbok (.xlsx).')
  })
})
