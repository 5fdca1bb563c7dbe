import { useEffect, useMemo, useRef, useState } from 'react'

import { useCurrentPerson } from '@/lib/auth/current-person'
import { type Language, useI18n } from '@/lib/i18n/i18n'
import { type PresentPerson, usePresence } from '@/lib/live/presence'

export interface PresenceBarProps {
  procurementId: string
  /** A short label of an item (a need's statement, a requirement's text) by its id, if known. */
  describeItem?: (itemId: string) => string | undefined
}

const MAX_ITEM_LENGTH = 60

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('')
}

function shorten(text: string): string {
  return text.length > MAX_ITEM_LENGTH ? `${text.slice(0, MAX_ITEM_LENGTH - 1)}…` : text
}

function listOf(names: string[], language: Language): string {
  return new Intl.ListFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' }).format(names)
}

/**
 * Who arrived since the last report, in one sentence. The first report only says who was already
 * here, and leaving or switching items is not news: a screen reader user hears arrivals only.
 */
function useArrivals(others: readonly PresentPerson[], reported: boolean): string | null {
  const { t, language } = useI18n()
  const seen = useRef<Set<string> | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    if (!reported) return
    const ids = new Set(others.map((p) => p.id))
    const previous = seen.current
    seen.current = ids
    if (previous === null) return
    const arrived = others.filter((p) => !previous.has(p.id)).map((p) => p.name)
    if (arrived.length === 1) setMessage(t('presence.joined', { name: arrived[0]! }))
    else if (arrived.length > 1) setMessage(t('presence.joinedMany', { names: listOf(arrived, language) }))
  }, [others, reported, t, language])
  return message
}

/** Who else has the workspace open, and what they are editing; arrivals are announced politely. */
export function PresenceBar({ procurementId, describeItem }: PresenceBarProps) {
  const { t } = useI18n()
  const me = useCurrentPerson()
  const present = usePresence(procurementId)
  const others = useMemo(() => present.filter((p) => p.id !== me.id), [present, me.id])
  // the stream counts the person themself, so an empty list means: no report yet
  const announcement = useArrivals(others, present.length > 0)

  const doing = (person: PresentPerson) => {
    if (!person.editing) return ''
    const item = describeItem?.(person.editing)
    return ` – ${t('presence.editing', { item: item ? shorten(item) : t('presence.anItem') })}`
  }

  return (
    <section aria-label={t('presence.label')} className="presence" data-testid="presence-bar">
      <div role="status" aria-live="polite" className="visually-hidden" data-testid="presence-announcement">
        {announcement}
      </div>
      {others.length === 0 ? (
        <p className="presence__alone card__meta">{t('presence.alone')}</p>
      ) : (
        <ul className="presence-bar" aria-label={t('presence.others', { count: others.length })}>
          {others.map((person) => (
            <li key={person.id} className="presence-bar__person" data-testid="present-person">
              <span className="presence-bar__initials" aria-hidden="true">
                {initials(person.name)}
              </span>
              <span>
                {person.name}
                {doing(person)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
