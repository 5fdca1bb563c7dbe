import { createContext, type ReactNode, use } from 'react'

import type { Me } from './get-me'

const CurrentPersonContext = createContext<Me | null>(null)

/** Provided by the application layout once `/api/me` has answered. */
export function CurrentPersonProvider({ person, children }: { person: Me; children: ReactNode }) {
  return <CurrentPersonContext value={person}>{children}</CurrentPersonContext>
}

export function useCurrentPerson(): Me {
  const person = use(CurrentPersonContext)
  if (!person) throw new Error('useCurrentPerson needs a CurrentPersonProvider')
  return person
}
