import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router'

import { AppProviders } from '@/app/providers'
import { routes } from '@/app/router'
import { CurrentPersonProvider } from '@/lib/auth/current-person'
import type { Me } from '@/lib/auth/get-me'
import { I18nProvider } from '@/lib/i18n/i18n'

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

/** A single component with the providers it needs; `person` is the logged-in person. */
export function renderWithProviders(ui: ReactElement, options: { person?: Me; route?: string } = {}) {
  const queryClient = createTestQueryClient()
  const user = userEvent.setup()
  const content = options.person ? <CurrentPersonProvider person={options.person}>{ui}</CurrentPersonProvider> : ui
  const result = render(
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[options.route ?? '/']}>{content}</MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  )
  return { ...result, user, queryClient }
}

/** The whole application (layout, navigation, routes) at `route`; `/api/me` must be mocked. */
export function renderApp(route = '/') {
  const queryClient = createTestQueryClient()
  const user = userEvent.setup()
  const router = createMemoryRouter(routes, { initialEntries: [route] })
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  return { ...result, user, queryClient, router }
}
