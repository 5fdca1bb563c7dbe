import { useId } from 'react'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'
import { requirementNumber } from '@/lib/requirement-number'

import { type Trace, useTrace } from '../api/get-trace'

/**
 * Needs × requirements: a matrix with a tick where a requirement serves a need, and the gaps
 * either way named above it and marked in the matrix (a need nobody wrote a requirement for, a
 * requirement no need asks for).
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
          <Gaps trace={trace.data} />
          <TraceMatrix trace={trace.data} captionId={`${id}-caption`} />
          <ol className="trace-legend" aria-label={t('trace.legend')}>
            {trace.data.requirements.map((r) => (
              <li key={r.id} value={r.number}>
                <strong>{requirementNumber(r.number)}</strong> {r.text}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

/** Whether the requirement serves the need, as either side records it. */
function serves(need: Trace['needs'][number], requirement: Trace['requirements'][number]) {
  return need.requirementIds.includes(requirement.id) || requirement.needIds.includes(need.id)
}

function TraceMatrix({ trace, captionId }: { trace: Trace; captionId: string }) {
  const { t } = useI18n()
  const needGap = new Set(trace.needsWithoutRequirements)
  const requirementGap = new Set(trace.requirementsWithoutNeeds)

  // The region scrolls sideways with the keyboard when the matrix is wider than the page.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="trace-matrix" data-testid="trace-matrix">
        <caption id={captionId}>{t('trace.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trace.need')}</th>
            {trace.requirements.map((r) => {
              const gap = requirementGap.has(r.id)
              return (
                <th
                  key={r.id}
                  scope="col"
                  title={r.text}
                  className={gap ? 'trace-matrix__gap' : undefined}
                  data-testid={gap ? 'trace-requirement-gap' : undefined}
                >
                  {/* the number keeps the matrix narrow; the full text is read out after it */}
                  {requirementNumber(r.number)}
                  {gap ? <span aria-hidden="true"> !</span> : null}
                  <span className="visually-hidden">
                    {' '}
                    {r.text}
                    {gap ? ` (${t('trace.withoutNeed')})` : ''}
                  </span>
                </th>
              )
            })}
            <th scope="col">{t('trace.requirementsOfNeed')}</th>
          </tr>
        </thead>
        <tbody>
          {trace.needs.map((need) => {
            const gap = needGap.has(need.id)
            const count = trace.requirements.filter((r) => serves(need, r)).length
            return (
              <tr key={need.id} className={gap ? 'trace-matrix__gap' : undefined} data-testid={gap ? 'trace-need-gap' : undefined}>
                <th scope="row">
                  {need.statement}
                  {gap ? (
                    <>
                      {' '}
                      <span className="trace-matrix__flag">({t('trace.withoutRequirement')})</span>
                    </>
                  ) : null}
                </th>
                {trace.requirements.map((r) =>
                  serves(need, r) ? (
                    <td key={r.id} className="trace-matrix__hit">
                      <span aria-hidden="true">✓</span>
                      <span className="visually-hidden">{t('trace.serves')}</span>
                    </td>
                  ) : (
                    <td key={r.id} className={requirementGap.has(r.id) ? 'trace-matrix__gap-cell' : undefined} />
                  ),
                )}
                <td className={gap ? 'trace-matrix__count trace-matrix__count--none' : 'trace-matrix__count'}>{count}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function Gaps({ trace }: { trace: Trace }) {
  const { t } = useI18n()
  const needs = trace.needs.filter((n) => trace.needsWithoutRequirements.includes(n.id))
  const requirements = trace.requirements.filter((r) => trace.requirementsWithoutNeeds.includes(r.id))
  if (needs.length === 0 && requirements.length === 0) {
    return <p className="notice notice--success">{t('trace.noGaps')}</p>
  }
  return (
    <div className="trace-gaps" data-testid="trace-gaps">
      {needs.length > 0 ? (
        <div className="notice notice--warning" data-testid="needs-without-requirements">
          <h3>{t('trace.needsWithout', { count: needs.length })}</h3>
          <ul>
            {needs.map((need) => (
              <li key={need.id}>{need.statement}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {requirements.length > 0 ? (
        <div className="notice notice--warning" data-testid="requirements-without-needs">
          <h3>{t('trace.requirementsWithout', { count: requirements.length })}</h3>
          <ul>
            {requirements.map((requirement) => (
              <li key={requirement.id}>
                {requirementNumber(requirement.number)} {requirement.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
