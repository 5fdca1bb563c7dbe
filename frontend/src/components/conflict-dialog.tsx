import { type FormEvent, type ReactNode, type RefObject, useId, useState } from 'react'

import { Dialog } from '@/components/dialog'
import { RadioGroup } from '@/components/radio-group'
import { useI18n } from '@/lib/i18n/i18n'
import type { ConflictChoice } from '@/lib/use-co-edit'

/** One field two people changed at once, with both values already rendered by the feature that knows the field. */
export interface ConflictingField<F extends string> {
  field: F
  /** The field's name as people read it. */
  label: string
  mine: ReactNode
  theirs: ReactNode
  /** Who changed it since the person's base version, and when (if the server says). */
  changedBy: string | null
  changedAt: string | null
}

interface ConflictDialogProps<F extends string> {
  fields: readonly ConflictingField<F>[]
  /** Labels of the person's other changes, which are saved along with the choices. */
  otherChanges: readonly string[]
  pending: boolean
  /** A choice for every conflicting field (the dialog does not resolve until each has one). */
  onResolve: (choices: Partial<Record<F, ConflictChoice>>) => void
  onCancel: () => void
  /** Where focus goes when the dialog closes (the editor's save button). */
  returnFocus?: RefObject<HTMLElement | null>
  testId?: string
}

/**
 * Someone else changed the same fields while the person was editing (409 `edit.conflict`): both
 * versions side by side, who changed theirs and when, and a choice per field. Used by every item
 * that is co-edited field by field (needs, requirements). Nothing is chosen for the person: a
 * silent default would overwrite someone's work without anyone deciding to.
 */
export function ConflictDialog<F extends string>({
  fields,
  otherChanges,
  pending,
  onResolve,
  onCancel,
  returnFocus,
  testId = 'conflict-dialog',
}: ConflictDialogProps<F>) {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const [choices, setChoices] = useState<Partial<Record<F, ConflictChoice>>>({})
  const [missing, setMissing] = useState<F[]>([])
  const people = [...new Set(fields.map((c) => c.changedBy).filter((name): name is string => Boolean(name)))]

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const unchosen = fields.map((c) => c.field).filter((field) => !choices[field])
    setMissing(unchosen)
    if (unchosen[0]) {
      document.getElementById(`${id}-${unchosen[0]}-mine`)?.focus()
      return
    }
    onResolve(choices)
  }

  return (
    <Dialog title={t('conflict.title')} onClose={onCancel} describedBy={`${id}-lead`} returnFocus={returnFocus} testId={testId}>
      <p id={`${id}-lead`}>
        {people.length > 0 ? t('conflict.leadBy', { names: people.join(', ') }) : t('conflict.lead')} {t('conflict.nothingLost')}
      </p>
      <form onSubmit={submit} noValidate aria-label={t('conflict.title')}>
        {fields.map((conflict) => (
          <div className="conflict" key={conflict.field} data-testid="conflict-field">
            <h3 className="conflict__field">{conflict.label}</h3>
            <div className="conflict__versions">
              <div className="conflict__version conflict__version--mine" data-testid="conflict-mine">
                <h4 className="conflict__heading">{t('conflict.mine')}</h4>
                <div className="conflict__value">{conflict.mine}</div>
              </div>
              <div className="conflict__version conflict__version--theirs" data-testid="conflict-theirs">
                <h4 className="conflict__heading">{t('conflict.theirs')}</h4>
                <div className="conflict__value">{conflict.theirs}</div>
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
            <RadioGroup<ConflictChoice>
              id={`${id}-${conflict.field}`}
              legend={t('conflict.choose', { field: conflict.label })}
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
        ))}
        {otherChanges.length > 0 ? <p className="note">{t('conflict.otherChanges', { fields: otherChanges.join(', ') })}</p> : null}
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
