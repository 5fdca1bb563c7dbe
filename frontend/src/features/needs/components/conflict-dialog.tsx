import { type FormEvent, type RefObject, useId, useState } from 'react'

import { Dialog } from '@/components/dialog'
import { RadioGroup } from '@/components/radio-group'
import { useI18n } from '@/lib/i18n/i18n'

import type { FieldConflict } from '../api/edit-need'
import type { Need, NeedContent, NeedField } from '../api/get-needs'
import { FieldValue } from './field-value'
import { FIELD_LABELS } from './labels'
import type { Choice } from './need-draft'

interface ConflictDialogProps {
  conflicts: readonly FieldConflict[]
  /** What the person wanted: nothing of it is dropped unless they choose so. */
  mine: NeedContent
  current: Need
  /** The person's other changes, which go along with the choices. */
  otherChanges: readonly NeedField[]
  pending: boolean
  onResolve: (choices: Partial<Record<NeedField, Choice>>) => void
  onCancel: () => void
  /** Where focus goes when the dialog closes (the editor's save button). */
  returnFocus?: RefObject<HTMLElement | null>
}

/**
 * Someone else changed the same fields while the person was editing: both versions side by side,
 * who changed theirs and when, and a choice per field.
 */
export function ConflictDialog({
  conflicts,
  mine,
  current,
  otherChanges,
  pending,
  onResolve,
  onCancel,
  returnFocus,
}: ConflictDialogProps) {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const [choices, setChoices] = useState<Partial<Record<NeedField, Choice>>>({})
  const [missing, setMissing] = useState<NeedField[]>([])
  const people = [...new Set(conflicts.map((c) => c.changedBy).filter((name): name is string => Boolean(name)))]

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const unchosen = conflicts.map((c) => c.field).filter((field) => !choices[field])
    setMissing(unchosen)
    if (unchosen[0]) {
      document.getElementById(`${id}-${unchosen[0]}-mine`)?.focus()
      return
    }
    onResolve(choices)
  }

  return (
    <Dialog
      title={t('conflict.title')}
      onClose={onCancel}
      describedBy={`${id}-lead`}
      returnFocus={returnFocus}
      testId="conflict-dialog"
    >
      <p id={`${id}-lead`}>
        {people.length > 0
          ? t('conflict.leadBy', { names: people.join(', ') })
          : t('conflict.lead')}{' '}
        {t('conflict.nothingLost')}
      </p>
      <form onSubmit={submit} noValidate aria-label={t('conflict.title')}>
        {conflicts.map((conflict) => {
          const label = t(FIELD_LABELS[conflict.field])
          return (
            <div className="conflict" key={conflict.field} data-testid="conflict-field">
              <h3 className="conflict__field">{label}</h3>
              <div className="conflict__versions">
                <div className="conflict__version conflict__version--mine" data-testid="conflict-mine">
                  <h4 className="conflict__heading">{t('conflict.mine')}</h4>
                  <div className="conflict__value">
                    <FieldValue field={conflict.field} value={mine[conflict.field]} />
                  </div>
                </div>
                <div className="conflict__version conflict__version--theirs" data-testid="conflict-theirs">
                  <h4 className="conflict__heading">{t('conflict.theirs')}</h4>
                  <div className="conflict__value">
                    <FieldValue field={conflict.field} value={current[conflict.field]} />
                  </div>
                  <p className="conflict__meta">
                    {t('conflict.changedBy', { name: conflict.changedBy ?? t('conflict.someone') })}
                    {conflict.changedAt ? (
                      <>
                        {', '}
                        <time dateTime={conflict.changedAt}>{formatDateTime(conflict.changedAt)}</time>
                      </>
                    ) : null}
                  </p>
                </div>
              </div>
              <RadioGroup<Choice>
                id={`${id}-${conflict.field}`}
                legend={t('conflict.choose', { field: label })}
                options={[
                  { value: 'mine', label: t('conflict.keepMine') },
                  { value: 'theirs', label: t('conflict.keepTheirs') },
                ]}
                value={choices[conflict.field] ?? ''}
                onChange={(choice) => {
                  setChoices((c) => ({ ...c, [conflict.field]: choice }))
                  setMissing((m) => m.filter((field) => field !== conflict.field))
                }}
                error={missing.includes(conflict.field) ? t('conflict.chooseRequired') : undefined}
                inline
              />
            </div>
          )
        })}
        {otherChanges.length > 0 ? (
          <p className="note">
            {t('conflict.otherChanges', { fields: otherChanges.map((field) => t(FIELD_LABELS[field])).join(', ') })}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={pending}>
            {t('conflict.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('conflict.back')}
          </button>
          {pending ? <span className="pending">{t('common.saving')}</span> : null}
        </div>
      </form>
    </Dialog>
  )
}
