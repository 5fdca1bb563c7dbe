import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'

import { browserNavigation, LOGIN_PATH } from '@/lib/auth/login'
import { type Translate, translate } from '@/lib/i18n/i18n'
import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'

import { apiRequest } from '../api-client'
import {
  AuthenticationRequiredError,
  NetworkError,
  ProblemDetailsError,
  UnexpectedResponseError,
} from '../api-errors'
import { describeError, fieldErrorsOf } from '../error-message'

const itemSchema = z.object({ id: z.string() })
const sv: Translate = (key, params) => translate('sv', key, params)
const en: Translate = (key, params) => translate('en', key, params)

describe('apiRequest', () => {
  it('sends the XSRF-TOKEN cookie value as X-XSRF-TOKEN on POST, with a JSON body and the session cookie', async () => {
    document.cookie = 'XSRF-TOKEN=token%2Babc'
    const { requests } = mockFetch({ 'POST /api/things': jsonResponse({ id: 't1' }, 201) })

    const result = await apiRequest('/api/things', { method: 'POST', body: { name: 'x' }, schema: itemSchema })

    expect(result).toEqual({ id: 't1' })
    const [request] = requests
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('token+abc')
    expect(request?.headers.get('Content-Type')).toBe('application/json')
    expect(request?.body).toEqual({ name: 'x' })
    expect(request?.init?.credentials).toBe('same-origin')
  })

  it('sends the CSRF header on PUT too', async () => {
    document.cookie = 'XSRF-TOKEN=put-token'
    const { requests } = mockFetch({ 'PUT /api/things/1': { id: '1' } })

    await apiRequest('/api/things/1', { method: 'PUT', body: { roles: [] }, schema: itemSchema })

    expect(requests[0]?.headers.get('X-XSRF-TOKEN')).toBe('put-token')
  })

  it('does not send the CSRF header on GET, and asks in the page language', async () => {
    document.cookie = 'XSRF-TOKEN=get-token'
    document.documentElement.lang = 'en'
    const { requests } = mockFetch({ 'GET /api/things/1': { id: '1' } })

    await apiRequest('/api/things/1', { schema: itemSchema })

    expect(requests[0]?.headers.has('X-XSRF-TOKEN')).toBe(false)
    expect(requests[0]?.headers.get('Accept-Language')).toBe('en')
    expect(requests[0]?.init?.credentials).toBe('same-origin')
  })

  it('sends the browser to the login page when the API answers 401', async () => {
    const assign = vi.spyOn(browserNavigation, 'assign').mockImplementation(() => {})
    mockFetch({ 'GET /api/me': () => new Response(null, { status: 401 }) })

    await expect(apiRequest('/api/me', { schema: itemSchema })).rejects.toBeInstanceOf(AuthenticationRequiredError)

    expect(assign).toHaveBeenCalledExactlyOnceWith(LOGIN_PATH)
    expect(LOGIN_PATH).toBe('/oauth2/authorization/inkopsstod')
  })

  it('does not redirect on other errors', async () => {
    const assign = vi.spyOn(browserNavigation, 'assign').mockImplementation(() => {})
    mockFetch({ 'GET /api/tenants': problemResponse(403, { title: 'Forbidden' }) })

    await expect(apiRequest('/api/tenants', { schema: itemSchema })).rejects.toBeInstanceOf(ProblemDetailsError)
    expect(assign).not.toHaveBeenCalled()
  })

  it('turns a problem+json answer into a ProblemDetailsError with code, detail and field errors', async () => {
    mockFetch({
      'POST /api/tenant/members': problemResponse(409, {
        title: 'Conflict',
        detail: 'E-mail address already in use',
        instance: '/api/tenant/members',
        code: 'member.email-taken',
        errors: [{ field: 'email', message: 'already in use' }],
      }),
    })

    const error = await apiRequest('/api/tenant/members', { method: 'POST', body: {}, schema: itemSchema }).catch(
      (e: unknown) => e,
    )

    expect(error).toBeInstanceOf(ProblemDetailsError)
    const problem = error as ProblemDetailsError
    expect(problem.status).toBe(409)
    expect(problem.code).toBe('member.email-taken')
    expect(problem.problem.detail).toBe('E-mail address already in use')
    expect(problem.problem.instance).toBe('/api/tenant/members')
    expect(problem.fieldErrors).toEqual([{ field: 'email', message: 'already in use' }])
  })

  it('keeps extension members of a problem (e.g. the conflicts of an edit.conflict)', async () => {
    const conflicts = [{ field: 'statement', yours: 'a', current: 'b' }]
    mockFetch({ 'PATCH /api/x': problemResponse(409, { code: 'edit.conflict', conflicts, current: { id: 'n1' } }) })

    const error = await apiRequest('/api/x', { method: 'PATCH', body: {}, schema: itemSchema }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ProblemDetailsError)
    expect((error as ProblemDetailsError).problem.conflicts).toEqual(conflicts)
    expect((error as ProblemDetailsError).problem.current).toEqual({ id: 'n1' })
  })

  it('keeps the status when the error body is not JSON (e.g. a proxy page)', async () => {
    mockFetch({
      'GET /api/me': () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
    })

    const error = await apiRequest('/api/me', { schema: itemSchema }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ProblemDetailsError)
    expect((error as ProblemDetailsError).status).toBe(502)
  })

  it('rejects a successful answer that does not match the schema', async () => {
    mockFetch({ 'GET /api/things/1': { id: 42 } })

    await expect(apiRequest('/api/things/1', { schema: itemSchema })).rejects.toBeInstanceOf(UnexpectedResponseError)
  })

  it('reports a network failure as NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))

    await expect(apiRequest('/api/me', { schema: itemSchema })).rejects.toBeInstanceOf(NetworkError)
  })
})

describe('describeError', () => {
  const problem = (status: number, details: Record<string, unknown>) =>
    new ProblemDetailsError(status, { status, ...details })

  it('translates well-known problem codes', () => {
    const error = problem(409, { code: 'tenant.last-admin', detail: 'Would remove the last admin' })
    expect(describeError(error, sv)).toBe(
      'Organisationen måste ha minst en administratör. Ge någon annan rollen Administratör först.',
    )
    expect(describeError(error, en)).toMatch(/at least one administrator/)
  })

  it('falls back to detail, then to a sentence for the status (not the bare reason phrase)', () => {
    expect(describeError(problem(409, { code: 'something.new', detail: 'Server says why' }), sv)).toBe(
      'Server says why',
    )
    expect(describeError(problem(404, { title: 'Not Found' }), sv)).toBe(
      'Det du letar efter finns inte, eller har tagits bort.',
    )
    expect(describeError(problem(403, {}), sv)).toBe('Du har inte behörighet att göra det här.')
    expect(describeError(problem(503, {}), en)).toMatch(/temporary problems/)
  })

  it('says that a change was not saved when the database cannot be reached', () => {
    const error = problem(503, { code: 'unavailable', detail: 'The database cannot be reached just now' })
    expect(describeError(error, sv)).toBe(
      'Tjänsten når inte sin databas just nu, så ändringen sparades inte. Försök igen om en stund.',
    )
    expect(describeError(error, en)).toMatch(/not saved/)
  })

  it('explains the LOU timing refusals in the UI language, not in English from the server', () => {
    expect(describeError(problem(409, { code: 'procurement.before-deadline', detail: 'Evaluation starts after…' }), sv)).toMatch(
      /anbudstiden har gått ut/,
    )
    expect(describeError(problem(409, { code: 'invitation.published', detail: 'The tender is published…' }), sv)).toMatch(
      /inbjudningarna står kvar/,
    )
  })

  it('explains a body over the size limit and the request limit in the UI language', () => {
    expect(describeError(problem(413, { code: 'too-large', detail: 'Content too large' }), sv)).toMatch(/för stort för att sparas/)
    expect(describeError(problem(429, { code: 'rate-limited', detail: 'Too many requests' }), sv)).toMatch(/Vänta en liten stund/)
    expect(describeError(problem(413, { code: 'too-large' }), en)).toMatch(/too large/)
  })

  it('never shows internals of unexpected errors', () => {
    expect(describeError(new Error('TypeError: x is undefined at foo.js:1'), sv)).toBe(
      'Ett oväntat fel inträffade. Försök igen om en stund.',
    )
  })

  it('collects field errors, and puts a taken e-mail on the e-mail field', () => {
    const invalid = problem(400, { errors: [{ field: 'name', message: 'must not be blank' }] })
    expect(fieldErrorsOf(invalid, sv)).toEqual({ name: 'must not be blank' })
    expect(fieldErrorsOf(problem(409, { code: 'member.email-taken' }), sv)).toEqual({
      email: 'Det finns redan en användare med den e-postadressen.',
    })
  })
})
