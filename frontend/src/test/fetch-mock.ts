import { vi } from 'vitest'

/** One request as the code under test made it. */
export interface RecordedRequest {
  method: string
  url: string
  headers: Headers
  body: unknown
  init: RequestInit | undefined
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>
type Route = Handler | Response | object

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

export function problemResponse(status: number, problem: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

/**
 * Replaces `fetch` for one test (restored by `unstubGlobals`). Routes are keyed "METHOD /path";
 * a value is a handler, a Response (answered every time), or a JSON body for a 200 answer.
 * Unknown requests fail loudly.
 */
export function mockFetch(routes: Record<string, Route>) {
  const requests: RecordedRequest[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase()
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url
    const request: RecordedRequest = {
      method,
      url,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      init,
    }
    requests.push(request)
    const route = routes[`${method} ${url}`]
    if (route === undefined) throw new Error(`Unexpected request in test: ${method} ${url}`)
    if (typeof route === 'function') return (route as Handler)(request)
    if (route instanceof Response) return route.clone()
    return jsonResponse(route)
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    fetchMock,
    requests,
    requestsTo: (method: string, url: string) => requests.filter((r) => r.method === method && r.url === url),
  }
}
