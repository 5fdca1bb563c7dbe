import { useId } from 'react'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

import { useTrace } from '../api/requirements'

/**
 * Needs × requirements: a matrix with a tick where a requirement serves a need, and the gaps
 * either way listed above it (a need nobody wrote a requirement for, a requirement no need asks for).
 */
export function TracePanel({ procurementId }: { procurementId: string }) {
  const { t } = useI18n()
  const id = useId()
  const trace = useTrace(procurementId)

  return (
    <section className="panel trace-panel" aria-labelledby={`${id}-heading`} data-testid="trace-panel">
      <h2 id={`${id}-heading`}>{t('trace.heading')}</h2>
      <p className="panel__lead">{t('trace.lead')}</p>
      {trace.isPending ? (
        <Loading />
      ) : trace.isError ? (
        <ErrorAlert error={trace.error} title={t('trace.loadFailed')} />
      ) : trace.data.needs.length === 0 && trace.data.requirements.length === 0 ? (
        <EmptyState title={t('trace.empty')} />
      ) : (
        <>
          <Gaps
            needs={trace.data.needs.filter((n) => trace.data.needsWithoutRequirements.includes(n.id)).map((n) => n.statement)}
            requirements={trace.data.requirements
              .filter((r) => trace.data.requirementsWithoutNeeds.includes(r.id))
              .map((r) => r.text)}
          />
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
            <table className="trace-matrix" data-testid="trace-matrix">
              <caption id={`${id}-caption`}>{t('trace.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trace.need')}</th>
                  {trace.data.requirements.map((r, index) => (
                    <th key={r.id} scope="col" title={r.text}>
                      <span aria-hidden="true">K{index + 1}</span>
                      <span className="visually-hidden">{r.text}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {trace.data.needs.map((need) => (
                  <tr key={need.id} className={need.requirementIds.length === 0 ? 'trace-matrix__gap' : undefined}>
                    <th scope="row">{need.statement}</th>
                    {trace.data.requirements.map((r) => {
                      const serves = need.requirementIds.includes(r.id) || r.needIds.includes(need.id)
                      return (
                        <td key={r.id} className={serves ? 'trace-matrix__hit' : undefined}>
                          {serves ? (
                            <>
                              <span aria-hidden="true">✓</span>
                              <span className="visually-hidden">{t('trace.serves')}</span>
                            </>
                          ) : null}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ol className="trace-legend">
            {trace.data.requirements.map((r, index) => (
              <li key={r.id}>
                <strong>K{index + 1}</strong> {r.text}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

function Gaps({ needs, requirements }: { needs: string[]; requirements: string[] }) {
  const { t } = useI18n()
  if (needs.length === 0 && requirements.length === 0) {
    return <p className="notice notice--success">{t('trace.noGaps')}</p>
  }
  return (
    <div className="trace-gaps" data-testid="trace-gaps">
      {needs.length > 0 ? (
        <div className="notice notice--warning">
          <h3>{t('trace.needsWithout', { count: needs.length })}</h3>
          <ul>
            {needs.map((statement) => (
              <li key={statement}>{statement}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {requirements.length > 0 ? (
        <div className="notice notice--warning">
          <h3>{t('trace.requirementsWithout', { count: requirements.length })}</h3>
          <ul>
            {requirements.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
