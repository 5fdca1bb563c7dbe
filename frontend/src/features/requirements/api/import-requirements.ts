import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import {
  AuthenticationRequiredError,
  NetworkError,
  ProblemDetailsError,
  problemDetailsSchema,
  UnexpectedResponseError,
} from '@/lib/api/api-errors'
import { CSRF_HEADER, readCsrfToken } from '@/lib/api/csrf'
import { redirectToLogin } from '@/lib/auth/login'

import { type Requirement, requirementSchema, requirementsKey, requirementsPath } from './get-requirements'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** One wrong cell of an imported sheet: its row as the spreadsheet numbers it and its column's header. */
export const importCellErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() })
export type ImportCellError = z.infer<typeof importCellErrorSchema>

/** How far the upload has come; `total` is null when the browser cannot tell. */
export interface UploadProgress {
  loaded: number
  total: number | null
}

/** The server refused the sheet; `cells` lists every wrong cell when the code is `import.invalid`. */
export class ImportRejectedError extends ProblemDetailsError {
  readonly cells: ImportCellError[]

  constructor(status: number, problem: ProblemDetailsError['problem'], cells: ImportCellError[]) {
    super(status, problem)
    this.name = 'ImportRejectedError'
    this.cells = cells
  }
}

/**
 * Sends the file itself as the body (not a form). XMLHttpRequest rather than fetch, because only
 * it reports the upload's progress; otherwise it is a write like any other: the session cookie,
 * the CSRF token in its header, 401 to the login page.
 */
export function uploadRequirements(
  procurementId: string,
  file: Blob,
  onProgress: (progress: UploadProgress) => void,
): Promise<Requirement[]> {
  const path = requirementsPath(procurementId, '/import')
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', path)
    request.withCredentials = true
    request.setRequestHeader('Content-Type', XLSX_TYPE)
    request.setRequestHeader('Accept', 'application/json, application/problem+json')
    const language = document.documentElement.lang
    if (language) request.setRequestHeader('Accept-Language', language)
    const token = readCsrfToken()
    if (token) request.setRequestHeader(CSRF_HEADER, token)
    request.upload.onprogress = (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : null })
    request.onerror = () => reject(new NetworkError(new Error('upload failed')))
    request.onload = () => {
      if (request.status === 401) {
        redirectToLogin()
        reject(new AuthenticationRequiredError())
        return
      }
      let body: unknown
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined
      } catch (cause) {
        body = undefined
        if (request.status < 300) return reject(new UnexpectedResponseError(path, cause))
      }
      if (request.status >= 200 && request.status < 300) {
        const parsed = z.array(requirementSchema).safeParse(body)
        return parsed.success ? resolve(parsed.data) : reject(new UnexpectedResponseError(path, parsed.error))
      }
      reject(rejection(request.status, body))
    }
    request.send(file)
  })
}

/** The import's `errors` are cells, not fields: read them apart from the common problem details. */
function rejection(status: number, body: unknown): ImportRejectedError {
  const raw = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const cells = z.array(importCellErrorSchema).safeParse(raw.errors)
  const problem = problemDetailsSchema.safeParse({ ...raw, errors: undefined })
  return new ImportRejectedError(
    status,
    problem.success ? { ...problem.data, status: problem.data.status ?? status } : { status },
    cells.success ? cells.data : [],
  )
}

export function useImportRequirements(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (progress: UploadProgress) => void }) =>
      uploadRequirements(procurementId, file, onProgress),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: requirementsKey(procurementId) })
      void queryClient.invalidateQueries({ queryKey: ['trace', procurementId] })
    },
  })
}
