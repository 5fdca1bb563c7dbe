import { useState } from 'react'
// RouterProvider from the main entry (not react-router/dom): one module instance in tests as well
import { createBrowserRouter, RouterProvider } from 'react-router'

import { AppProviders } from './providers'
import { routes } from './router'

export function App() {
  const [router] = useState(() => createBrowserRouter(routes))
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
