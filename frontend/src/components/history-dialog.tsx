import type { ReactNode } from 'react'

import { Dialog } from '@/components/dialog'
import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

/** One entry of an item's timeline as the server sends it (`GET …/{itemId}/history`). */
export interface TimelineEntry {
  version: number
  at: string
  by?: { name?: string | null } | null
  type: string
  changes: ReadonlyArray<{ field: string; from: unknown; to: unknown }>
}

interface HistoryDialogProps {
  title: string
  /** What the history is of, e.g. the need's statement. */
  subtitle: string
  /** The history query's state; kept loose so any feature's query fits. */
  history: { isPending: boolean; isError: boolean; error: unknown; data?: readonly TimelineEntry[] }
  emptyLabel: string
  /** What happened, in words (falls back to the server's type name). */
  describeEvent: (type: string) => string | undefined
  describeField: (field: string) => string
  /** A value as people read it: labels rather than codes. */
  renderValue: (field: string, value: unknown) => ReactNode
  onClose: () => void
  testId?: string
}

/** Everything that happened to a co-edited item, newest first, as a timeline in a drawer: who, when, field, old → new. */
export function HistoryDialog({
  title,
  subtitle,
  history,
  emptyLabel,
  describeEvent,
  describeField,
  renderValue,
  onClose,
  testId,
}: HistoryDialogProps) {
  const { t, formatDateTime } = useI18n()

  return (
    <Dialog title={title} onClose={onClose} variant="drawer" testId={testId}>
      <p className="dialog__subtitle">{subtitle}</p>
      {history.isPending ? (
        <Loading />
      ) : history.isError || !history.data ? (
        <ErrorAlert error={history.error} />
      ) : history.data.length === 0 ? (
        <EmptyState title={emptyLabel} />
      ) : (
        <ol className="timeline" aria-label={title}>
          {[...history.data]
            .sort((a, b) => b.version - a.version)
            .map((entry) => (
              <li key={`${entry.version}-${entry.type}`} className="timeline__item" data-testid="history-entry">
                <p className="timeline__what">{describeEvent(entry.type) ?? entry.type}</p>
                <p className="timeline__meta">
                  {entry.by?.name ?? t('history.system')}
                  {' · '}
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  {' · '}
                  {t('history.version', { version: entry.version })}
                </p>
                {entry.changes.length > 0 ? (
                  <dl className="timeline__changes">
                    {entry.changes.map((change) => (
                      <div key={change.field} className="timeline__change">
                        <dt>{describeField(change.field)}</dt>
                        <dd>
                          <span className="timeline__from">
                            <span className="visually-hidden">{t('history.from')} </span>
                            {renderValue(change.field, change.from)}
                          </span>{' '}
                          <span aria-hidden="true">→</span>{' '}
                          <span className="timeline__to">
                            <span className="visually-hidden">{t('history.to')} </span>
                            {renderValue(change.field, change.to)}
                          </span>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            ))}
        </ol>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  )
}
