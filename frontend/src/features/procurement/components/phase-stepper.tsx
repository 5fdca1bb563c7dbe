import { useI18n } from '@/lib/i18n/i18n'

import { type Phase, PHASES } from '../api/get-procurements'
import { PHASE_LABELS } from './labels'

/** The nine phases in order, the current one marked (aria-current="step"), the ones before done. */
export function PhaseStepper({ phase, summaryId }: { phase: Phase; summaryId?: string }) {
  const { t } = useI18n()
  const current = PHASES.indexOf(phase)
  return (
    <div className="phase-stepper" data-testid="phase-stepper">
      <p className="phase-stepper__summary" id={summaryId} tabIndex={-1}>
        {t('workspace.phaseOf', { number: current + 1, total: PHASES.length, phase: t(PHASE_LABELS[phase]) })}
      </p>
      <ol className="phase-stepper__steps" aria-label={t('workspace.phases')}>
        {PHASES.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'upcoming'
          return (
            <li
              key={step}
              className={`phase-stepper__step phase-stepper__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="phase-stepper__marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="phase-stepper__label">{t(PHASE_LABELS[step])}</span>
              <span className="visually-hidden">
                {' '}
                ({t(state === 'done' ? 'workspace.phaseDone' : state === 'current' ? 'workspace.phaseCurrent' : 'workspace.phaseUpcoming')})
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
