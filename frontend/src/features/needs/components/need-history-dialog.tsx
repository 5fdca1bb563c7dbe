import { Dialog } from '@/components/dialog'
import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

import { useNeedHistory } from '../api/get-need-history'
import { type Need, needFieldOf } from '../api/get-needs'
import { FieldValue } from './field-value'
import { FIELD_LABELS, historyTypeLabel, OTHER_FIELD_LABELS } from './labels'

interface NeedHistoryDialogProps {
  procurementId: string
  need: Need
  onClose: () => void
}

/** Everything that happened to a need, newest first, as a timeline in a drawer. */
export function NeedHistoryDialog({ procurementId, need, onClose }: NeedHistoryDialogProps) {
  const { t, formatDateTime } = useI18n()
  const history = useNeedHistory(procurementId, need.id)

  const fieldLabel = (field: string) => {
    const needField = needFieldOf(field)
    if (needField) return t(FIELD_LABELS[needField])
    const other = OTHER_FIELD_LABELS[field]
    return other ? t(other) : field
  }

  return (
    <Dialog title={t('history.title')} onClose={onClose} variant="drawer" testId="need-history">
      <p className="dialog__subtitle">{need.statement}</p>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorAlert error={history.error} />
      ) : history.data.length === 0 ? (
        <EmptyState title={t('history.empty')} />
      ) : (
        <ol className="timeline" aria-label={t('history.title')}>
          {[...history.data]
            .sort((a, b) => b.version - a.version)
            .map((entry) => {
              const label = historyTypeLabel(entry.type)
              return (
                <li key={`${entry.version}-${entry.type}`} className="timeline__item" data-testid="history-entry">
                  <p className="timeline__what">{label ? t(label) : entry.type}</p>
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
                          <dt>{fieldLabel(change.field)}</dt>
                          <dd>
                            <span className="timeline__from">
                              <span className="visually-hidden">{t('history.from')} </span>
                              <FieldValue field={change.field} value={change.from} />
                            </span>{' '}
                            <span aria-hidden="true">→</span>{' '}
                            <span className="timeline__to">
                              <span className="visually-hidden">{t('history.to')} </span>
                              <FieldValue field={change.field} value={change.to} />
                            </span>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                </li>
              )
            })}
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
