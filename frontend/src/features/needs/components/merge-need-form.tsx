import { type FormEvent, useEffect, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { SelectField } from '@/components/select-field'
import { useI18n } from '@/lib/i18n/i18n'

import type { Need } from '../api/get-needs'
import { useMergeNeed } from '../api/merge-need'

interface MergeNeedFormProps {
  procurementId: string
  need: Need
  /** Needs it can go into (not itself, not already merged ones). */
  candidates: readonly Need[]
  onDone: (into: Need) => void
  onCancel: () => void
}

/** For buyers: merge a need into another that says the same thing. */
export function MergeNeedForm({ procurementId, need, candidates, onDone, onCancel }: MergeNeedFormProps) {
  const { t } = useI18n()
  const id = useId()
  const mergeNeed = useMergeNeed()
  const [into, setInto] = useState('')
  const [error, setError] = useState<string>()

  useEffect(() => {
    document.getElementById(`${id}-into`)?.focus()
  }, [id])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const target = candidates.find((c) => c.id === into)
    if (!target) {
      setError(t('form.chooseOne'))
      document.getElementById(`${id}-into`)?.focus()
      return
    }
    setError(undefined)
    mergeNeed.mutate({ procurementId, needId: need.id, into: target.id }, { onSuccess: () => onDone(target) })
  }

  return (
    <form className="need-card__action-form" onSubmit={submit} noValidate aria-label={t('needs.mergeHeading')}>
      {mergeNeed.isError ? <ErrorAlert error={mergeNeed.error} title={t('needs.mergeFailed')} /> : null}
      <SelectField
        id={`${id}-into`}
        label={t('needs.mergeInto')}
        hint={t('needs.mergeHint')}
        placeholder={t('form.choose')}
        options={candidates.map((c) => ({ value: c.id, label: c.statement }))}
        value={into}
        onChange={(event) => setInto(event.target.value)}
        error={error}
        aria-required
      />
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={mergeNeed.isPending}>
          {t('needs.mergeConfirm')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
