import { Dialog } from '@/components/dialog'
import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

import { type NeedSummary, REQUIREMENT_FIELDS, type Requirement, useRequirementHistory } from '../api/requirements'
import { FIELD_LABELS, historyEventLabel } from './labels'
import { RequirementValue } from './requirement-value'

interface Props {
  procurementId: string
  requirement: Requirement
  needs: readonly NeedSummary[]
  onClose: () => void
}

/** Who changed what in a requirement, when, old value → new value; newest first. */
export function RequirementHistoryDialog({ procurementId, requirement, needs, onClose }: Props) {
  const { t, formatDateTime } = useI18n()
  const history = useRequirementHistory(procurementId, requirement.id)
  const label = (field: string) =>
    (REQUIREMENT_FIELDS as readonly string[]).includes(field) ? t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]) : field

  return (
    <Dialog title={t('requirements.history')} onClose={onClose} variant="drawer" testId="requirement-history">
      <p className="dialog__subtitle">{requirement.text}</p>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorAlert error={history.error} />
      ) : history.data.length === 0 ? (
        <EmptyState title={t('requirements.historyEmpty')} />
      ) : (
        <ol className="timeline" aria-label={t('requirements.history')}>
          {[...history.data]
            .sort((a, b) => b.version - a.version)
            .map((entry) => {
              const what = historyEventLabel(entry.type)
              return (
                <li key={`${entry.version}-${entry.type}`} className="timeline__item" data-testid="history-entry">
                  <p className="timeline__what">{what ? t(what) : entry.type}</p>
                  <p className="timeline__meta">
                    {entry.by?.name ?? t('history.system')} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </p>
                  {entry.changes.length > 0 ? (
                    <dl className="timeline__changes">
                      {entry.changes.map((change) => (
                        <div key={change.field} className="timeline__change">
                          <dt>{label(change.field)}</dt>
                          <dd>
                            <span className="timeline__from">
                              <span className="visually-hidden">{t('history.from')} </span>
                              <RequirementValue field={change.field} value={change.from} needs={needs} />
                            </span>{' '}
                            <span aria-hidden="true">→</span>{' '}
                            <span className="timeline__to">
                              <span className="visually-hidden">{t('history.to')} </span>
                              <RequirementValue field={change.field} value={change.to} needs={needs} />
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
