import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'

import { ErrorBoundary } from '@/components/error-boundary'
import { I18nProvider } from '@/lib/i18n/i18n'
import { createQueryClient } from '@/lib/query-client'

import { FatalErrorPage } from './pages/fatal-error-page'

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <I18nProvider>
      <ErrorBoundary fallback={(error) => <FatalErrorPage error={error} />}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </ErrorBoundary>
    </I18nProvider>
  )
}
