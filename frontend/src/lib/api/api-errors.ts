import { z } from 'zod'

/**
 * RFC 9457 problem details, as the backend sends them (with our `code` and `errors` extensions).
 * Other extension members (e.g. `conflicts` and `current` of an `edit.conflict`) are kept, for the
 * feature that knows what they mean.
 */
export const problemDetailsSchema = z.looseObject({
  type: z.string().nullish(),
  title: z.string().nullish(),
  status: z.number().int().nullish(),
  detail: z.string().nullish(),
  instance: z.string().nullish(),
  code: z.string().nullish(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).nullish(),
})

export type ProblemDetails = z.infer<typeof problemDetailsSchema>
export type FieldError = { field: string; message: string }

/** The server answered with an error status; `problem` holds whatever details it gave. */
export class ProblemDetailsError extends Error {
  readonly status: number
  readonly problem: ProblemDetails

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
    this.name = 'ProblemDetailsError'
    this.status = status
    this.problem = problem
  }

  get code(): string | undefined {
    return this.problem.code ?? undefined
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? []
  }
}

/** The session has ended; the browser is already on its way to the login page. */
export class AuthenticationRequiredError extends Error {
  constructor() {
    super('Authentication required')
    this.name = 'AuthenticationRequiredError'
  }
}

/** The request never got an answer (offline, server down, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause })
    this.name = 'NetworkError'
  }
}

/** The server answered 2xx with a body that does not match the contract. */
export class UnexpectedResponseError extends Error {
  constructor(path: string, cause: unknown) {
    super(`Unexpected response from ${path}`, { cause })
    this.name = 'UnexpectedResponseError'
  }
}
