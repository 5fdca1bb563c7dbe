import { useEffect, useRef, useState } from 'react'

import { LiveStatus } from '@/components/live-status'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { useI18n } from '@/lib/i18n/i18n'
import { usePresence } from '@/lib/live/presence'

export interface PresenceBarProps {
  procurementId: string
  /** A short label of an item (a need's statement, a requirement's text) by its id, if known. */
  describeItem?: (itemId: string) => string | undefined
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('')
}

/** Who else has the workspace open, and what they are editing; newcomers are announced politely. */
export function PresenceBar({ procurementId, describeItem }: PresenceBarProps) {
  const { t } = useI18n()
  const me = useCurrentPerson()
  const present = usePresence(procurementId)
  const others = present.filter((p) => p.id !== me.id)
  const [announcement, setAnnouncement] = useState<string | null>(null)
  const seen = useRef<Set<string> | null>(null)

  useEffect(() => {
    const ids = new Set(others.map((p) => p.id))
    // the first report is who was already here: only later arrivals are news
    if (seen.current) {
      const newcomer = others.find((p) => !seen.current!.has(p.id))
      if (newcomer) setAnnouncement(t('presence.joined', { name: newcomer.name }))
    }
    if (present.length > 0) seen.current = ids
  }, [others, present.length, t])

  return (
    <section aria-label={t('presence.label')} className="presence" data-testid="presence-bar">
      <LiveStatus message={announcement} />
      {others.length === 0 ? (
        <p className="presence__alone">{t('presence.alone')}</p>
      ) : (
        <ul className="presence-bar">
          {others.map((person) => {
            const item = person.editing ? describeItem?.(person.editing) : undefined
            return (
              <li key={person.id} className="presence-bar__person" data-testid="present-person">
                <span className="presence-bar__initials" aria-hidden="true">
                  {initials(person.name)}
                </span>
                <span>
                  {person.name}
                  {person.editing
                    ? ` – ${item ? t('presence.editing', { item: item.length > 50 ? `${item.slice(0, 50)}…` : item }) : t('presence.editingSomething')}`
                    : ''}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
