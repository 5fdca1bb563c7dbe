import type { ReactNode } from 'react'

import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import type { Anonymised } from '../api/preview-lesson'

/** The anonymised text with every replacement marked, and what it replaced on hover and for screen readers. */
export function AnonymisedPreview({ anonymised, label }: { anonymised: Anonymised; label: string }) {
  const { t } = useI18n()
  const parts: ReactNode[] = []
  let at = 0
  for (const [i, removal] of [...anonymised.removals].sort((a, b) => a.start - b.start).entries()) {
    if (removal.start < at) continue
    parts.push(anonymised.text.slice(at, removal.start))
    const kind = t(`lessons.removal.${removal.kind}` as MessageKey)
    parts.push(
      <mark key={i} className="removal-mark" title={t('lessons.removed', { kind, original: removal.original })}>
        {removal.replacement}
        <span className="visually-hidden"> ({t('lessons.removed', { kind, original: removal.original })})</span>
      </mark>,
    )
    at = removal.end
  }
  parts.push(anonymised.text.slice(at))
  return (
    <div className="panel panel--inset" data-testid="anonymised-preview">
      <p className="card__meta">
        {label} · {t('lessons.removals', { count: anonymised.removals.length })}
      </p>
      <p>{parts}</p>
    </div>
  )
}
