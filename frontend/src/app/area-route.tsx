import type { ReactNode } from 'react'

import { useCurrentPerson } from '@/lib/auth/current-person'

import type { Area } from './areas'
import { NotAvailablePage } from './pages/not-available-page'

/** Someone who follows a link to an area outside their roles gets an explanation, not a broken page. */
export function AreaRoute({ area, children }: { area: Area; children: ReactNode }) {
  const person = useCurrentPerson()
  return area.isVisible(person) ? children : <NotAvailablePage />
}
