import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router'

import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { type Procurement, useProcurement } from '../api/get-procurement'
import { PHASE_LABELS, PROCEDURE_LABELS } from './labels'
import { PhaseControl } from './phase-control'
import { PhaseStepper } from './phase-stepper'
import { TeamPanel } from './team-panel'

interface ProcurementWorkspacePageProps {
  procurementId: string
  /**
   * The working part of the workspace (needs, requirements, trace…): other features, composed in
   * by the app once the procurement is loaded (features do not import each other).
   */
  body?: (procurement: Procurement) => ReactNode
}

/** One procurement's workspace: its phase, facts, team and (from the app) the work on it. */
export function ProcurementWorkspacePage({ procurementId, body }: ProcurementWorkspacePageProps) {
  const { t } = useI18n()
  const procurement = useProcurement(procurementId)

  if (procurement.isPending) {
    return (
      <Page title={t('workspace.title')}>
        <BackLink />
        <Loading />
      </Page>
    )
  }
  if (procurement.isError) {
    return (
      <Page title={t('workspace.title')}>
        <BackLink />
        <ErrorAlert error={procurement.error} title={t('workspace.loadFailed')} />
      </Page>
    )
  }
  return <Workspace procurement={procurement.data} body={body} />
}

function BackLink() {
  const { t } = useI18n()
  return (
    <p className="back-link">
      <Link to="/upphandlingar">{t('workspace.back')}</Link>
    </p>
  )
}

function Workspace({ procurement, body }: { procurement: Procurement; body?: (procurement: Procurement) => ReactNode }) {
  const { t, formatNumber, formatDate } = useI18n()
  const id = useId()
  const person = useCurrentPerson()
  const labels = useProcessMapLabels()
  const isBuyer = hasRole(person, 'BUYER')
  const [status, setStatus] = useState<string | null>(null)
  const notSet = t('workspace.notSet')
  const focusPhase = useRef(false)

  useEffect(() => {
    if (!focusPhase.current) return
    focusPhase.current = false
    document.getElementById(`${id}-phase-summary`)?.focus()
  }, [procurement.phase, id])

  return (
    <Page title={procurement.title} lead={procurement.description || undefined}>
      <BackLink />
      <LiveStatus message={status} />
      <section className="panel workspace-overview" aria-labelledby={`${id}-phase`}>
        <h2 id={`${id}-phase`} className="visually-hidden">
          {t('workspace.overview')}
        </h2>
        <PhaseStepper phase={procurement.phase} summaryId={`${id}-phase-summary`} />
        {isBuyer && procurement.nextPhases.length > 0 ? (
          <PhaseControl
            procurement={procurement}
            onChanged={(updated) => {
              setStatus(t('workspace.phaseChanged', { phase: t(PHASE_LABELS[updated.phase]) }))
              // the control goes away when nothing comes next: keep focus on the phase instead
              if (updated.nextPhases.length === 0) focusPhase.current = true
            }}
          />
        ) : null}
        <dl className="summary-list summary-list--compact" data-testid="procurement-facts">
          <div className="summary-list__row">
            <dt>{t('procurement.category')}</dt>
            <dd>{labels.schoolProcess(procurement.category)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('procurement.procedure')}</dt>
            <dd>{t(PROCEDURE_LABELS[procurement.procedure])}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('procurement.estimatedValueShort')}</dt>
            <dd>
              {procurement.estimatedValueSek === null
                ? notSet
                : t('common.kronor', { amount: formatNumber(procurement.estimatedValueSek) })}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('procurement.plannedTenderDate')}</dt>
            <dd>{procurement.plannedTenderDate ? formatDate(procurement.plannedTenderDate) : notSet}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('procurement.plannedAwardDate')}</dt>
            <dd>{procurement.plannedAwardDate ? formatDate(procurement.plannedAwardDate) : notSet}</dd>
          </div>
        </dl>
      </section>
      <div className="workspace-layout">
        <div className="workspace-layout__main">{body?.(procurement)}</div>
        <div className="workspace-layout__aside">
          <TeamPanel
            procurement={procurement}
            canEdit={isBuyer}
            onSaved={(saved) => setStatus(t('workspace.teamSaved', { count: saved.team.length }))}
          />
        </div>
      </div>
    </Page>
  )
}
