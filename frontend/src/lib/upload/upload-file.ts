import type { z } from 'zod'

import {
  AuthenticationRequiredError,
  NetworkError,
  ProblemDetailsError,
  type ProblemDetails,
  problemDetailsSchema,
  UnexpectedResponseError,
} from '@/lib/api/api-errors'
import { CSRF_HEADER, readCsrfToken } from '@/lib/api/csrf'
import { redirectToLogin } from '@/lib/auth/login'

/** How far the upload has come; `total` is null when the browser cannot tell. */
export interface UploadProgress {
  loaded: number
  total: number | null
}

export interface FileUpload<T> {
  /** Where to POST the file, with its query (e.g. `?name=…`) already on it. */
  path: string
  file: File
  /** The 2xx answer's shape; anything else is an {@link UnexpectedResponseError}. */
  schema: z.ZodType<T>
  onProgress?: (progress: UploadProgress) => void
  /** Aborting it aborts the request; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal
}

/** The upload was cancelled by the person (not a failure to report). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/**
 * Sends a file itself as the body (not a form); the server judges its type from the bytes.
 * XMLHttpRequest rather than fetch, because only it reports the upload's progress; otherwise it is
 * a write like any other: the session cookie, the CSRF token, 401 to the login page, problem
 * details on refusal (413 `too-large` with `maxBytes`, 415 `attachment.type-*` with
 * `detectedType`, 400 `attachment.*`, 409 for a state that forbids it).
 */
export function uploadFile<T>({ path, file, schema, onProgress, signal }: FileUpload<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Upload cancelled', 'AbortError'))
      return
    }
    const request = new XMLHttpRequest()
    request.open('POST', path)
    request.withCredentials = true
    // not believed by the server, but an honest label where the browser knows one
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream')
    request.setRequestHeader('Accept', 'application/json, application/problem+json')
    const language = document.documentElement.lang
    if (language) request.setRequestHeader('Accept-Language', language)
    const token = readCsrfToken()
    if (token) request.setRequestHeader(CSRF_HEADER, token)

    const onAbort = () => request.abort()
    signal?.addEventListener('abort', onAbort, { once: true })
    const settle = () => signal?.removeEventListener('abort', onAbort)

    request.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null })
    request.onabort = () => {
      settle()
      reject(new DOMException('Upload cancelled', 'AbortError'))
    }
    request.onerror = () => {
      settle()
      reject(new NetworkError(new Error('upload failed')))
    }
    request.onload = () => {
      settle()
      if (request.status === 401) {
        redirectToLogin()
        reject(new AuthenticationRequiredError())
        return
      }
      let body: unknown
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined
      } catch (cause) {
        if (request.status >= 200 && request.status < 300) {
          reject(new UnexpectedResponseError(path, cause))
          return
        }
        body = undefined
      }
      if (request.status >= 200 && request.status < 300) {
        const parsed = schema.safeParse(body)
        if (parsed.success) resolve(parsed.data)
        else reject(new UnexpectedResponseError(path, parsed.error))
        return
      }
      reject(problemOf(request.status, request.statusText, body))
    }
    request.send(file)
  })
}

function problemOf(status: number, statusText: string, body: unknown): ProblemDetailsError {
  const parsed = problemDetailsSchema.safeParse(body)
  const problem: ProblemDetails = parsed.success
    ? { ...parsed.data, status: parsed.data.status ?? status }
    : { status, title: statusText || undefined }
  return new ProblemDetailsError(status, problem)
}
