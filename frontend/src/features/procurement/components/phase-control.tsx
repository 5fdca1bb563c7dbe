import { type FormEvent, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { SelectField } from '@/components/select-field'
import { useI18n } from '@/lib/i18n/i18n'

import { useChangePhase } from '../api/change-phase'
import type { Procurement } from '../api/get-procurement'
import { type Phase, PHASES } from '../api/get-procurements'
import { PHASE_LABELS } from './labels'

/** The phase that simply follows, if the server allows it; else the first move it offers. */
function defaultNext(procurement: Procurement): Phase | '' {
  const following = PHASES[PHASES.indexOf(procurement.phase) + 1]
  if (following && following !== 'CLOSED' && procurement.nextPhases.includes(following)) return following
  return procurement.nextPhases.find((p) => p !== 'CLOSED') ?? procurement.nextPhases[0] ?? ''
}

interface PhaseControlProps {
  procurement: Procurement
  onChanged: (procurement: Procurement) => void
}

/** For buyers: move the procurement to one of the phases the server offers (`nextPhases`). */
export function PhaseControl({ procurement, onChanged }: PhaseControlProps) {
  const { t } = useI18n()
  const id = useId()
  const changePhase = useChangePhase()
  const [target, setTarget] = useState<Phase | ''>(() => defaultNext(procurement))
  const [confirmingClose, setConfirmingClose] = useState(false)
  const currentIndex = PHASES.indexOf(procurement.phase)
  const chosen = target && procurement.nextPhases.includes(target) ? target : defaultNext(procurement)

  const optionLabel = (phase: Phase) => {
    if (phase === 'CLOSED') return t('workspace.closeOption')
    if (PHASES.indexOf(phase) < currentIndex) return t('workspace.backOption', { phase: t(PHASE_LABELS[phase]) })
    return t(PHASE_LABELS[phase])
  }

  const move = (phase: Phase) => {
    changePhase.mutate(
      { procurementId: procurement.id, phase },
      {
        onSuccess: (updated) => {
          setConfirmingClose(false)
          setTarget(defaultNext(updated))
          onChanged(updated)
        },
      },
    )
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!chosen) return
    // closing cannot be undone: ask once more
    if (chosen === 'CLOSED' && !confirmingClose) {
      setConfirmingClose(true)
      return
    }
    move(chosen)
  }

  return (
    <form className="phase-control" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="phase-control__heading">
        {t('workspace.movePhaseHeading')}
      </h3>
      {changePhase.isError ? <ErrorAlert error={changePhase.error} title={t('workspace.phaseFailed')} /> : null}
      <div className="phase-control__row">
        <SelectField
          id={`${id}-phase`}
          label={t('workspace.nextPhase')}
          value={chosen}
          onChange={(event) => {
            setTarget(event.target.value as Phase)
            setConfirmingClose(false)
          }}
          options={procurement.nextPhases.map((phase) => ({ value: phase, label: optionLabel(phase) }))}
        />
        <button type="submit" className="button" disabled={changePhase.isPending || confirmingClose}>
          {t('workspace.movePhase')}
        </button>
      </div>
      {confirmingClose ? (
        <div className="alert alert--warning" role="alert">
          <p>{t('workspace.closeConfirm')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => move('CLOSED')} disabled={changePhase.isPending}>
              {t('workspace.closeConfirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirmingClose(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {changePhase.isPending ? <p className="pending">{t('common.saving')}</p> : null}
    </form>
  )
}
