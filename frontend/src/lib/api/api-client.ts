import type { z } from 'zod'

import { redirectToLogin } from '@/lib/auth/login'

import {
  AuthenticationRequiredError,
  NetworkError,
  ProblemDetailsError,
  problemDetailsSchema,
  type ProblemDetails,
  UnexpectedResponseError,
} from './api-errors'
import { CSRF_HEADER, readCsrfToken } from './csrf'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface ApiRequestOptions<T> {
  method?: HttpMethod
  /** Sent as JSON. */
  body?: unknown
  /** Validates (and types) the successful response body. */
  schema: z.ZodType<T>
  signal?: AbortSignal
}

const SAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['GET'])

/**
 * Calls the backend-for-frontend. The session cookie authenticates (no tokens in JavaScript);
 * state-changing requests carry the CSRF token; 401 sends the browser to the login page;
 * error answers become {@link ProblemDetailsError}s.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions<T>): Promise<T> {
  const { method = 'GET', body, schema, signal } = options
  const headers = new Headers({ Accept: 'application/json, application/problem+json' })
  const language = document.documentElement.lang
  if (language) headers.set('Accept-Language', language)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  if (!SAFE_METHODS.has(method)) {
    const token = readCsrfToken()
    if (token) headers.set(CSRF_HEADER, token)
  }

  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new NetworkError(cause)
  }

  if (response.status === 401) {
    redirectToLogin()
    throw new AuthenticationRequiredError()
  }
  if (!response.ok) {
    throw await readProblem(response)
  }

  const payload = await readBody(response, path)
  const parsed = schema.safeParse(payload)
  if (!parsed.success) {
    throw new UnexpectedResponseError(path, parsed.error)
  }
  return parsed.data
}

async function readBody(response: Response, path: string): Promise<unknown> {
  const text = await response.text()
  if (text.length === 0) return undefined
  try {
    return JSON.parse(text)
  } catch (cause) {
    throw new UnexpectedResponseError(path, cause)
  }
}

async function readProblem(response: Response): Promise<ProblemDetailsError> {
  let problem: ProblemDetails = { status: response.status, title: response.statusText || undefined }
  if (/json/i.test(response.headers.get('Content-Type') ?? '')) {
    try {
      const parsed = problemDetailsSchema.safeParse(await response.json())
      if (parsed.success) problem = { ...parsed.data, status: parsed.data.status ?? response.status }
    } catch {
      // not JSON after all: keep the status line
    }
  }
  return new ProblemDetailsError(response.status, problem)
}
