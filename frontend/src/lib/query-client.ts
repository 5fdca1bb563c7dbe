import { QueryClient } from '@tanstack/react-query'

import { AuthenticationRequiredError, ProblemDetailsError } from '@/lib/api/api-errors'

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof AuthenticationRequiredError) return false
  // 4xx answers will not change by asking again
  if (error instanceof ProblemDetailsError && error.status < 500) return false
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000 },
      mutations: { retry: false },
    },
  })
}
