import { type FormEvent, useEffect, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { TextAreaField } from '@/components/text-area-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { useI18n } from '@/lib/i18n/i18n'

import type { Need } from '../api/get-needs'
import { useRejectNeed } from '../api/reject-need'

interface RejectNeedFormProps {
  procurementId: string
  need: Need
  onDone: () => void
  onCancel: () => void
}

/** For buyers: reject with a reason the team will read. */
export function RejectNeedForm({ procurementId, need, onDone, onCancel }: RejectNeedFormProps) {
  const { t } = useI18n()
  const id = useId()
  const rejectNeed = useRejectNeed()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const serverErrors = rejectNeed.isError ? fieldErrorsOf(rejectNeed.error, t) : {}

  useEffect(() => {
    document.getElementById(`${id}-reason`)?.focus()
  }, [id])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!reason.trim()) {
      setError(t('needs.rejectReasonRequired'))
      document.getElementById(`${id}-reason`)?.focus()
      return
    }
    setError(undefined)
    rejectNeed.mutate({ procurementId, needId: need.id, reason: reason.trim() }, { onSuccess: onDone })
  }

  return (
    <form className="need-card__action-form" onSubmit={submit} noValidate aria-label={t('needs.rejectHeading')}>
      {rejectNeed.isError ? <ErrorAlert error={rejectNeed.error} title={t('needs.rejectFailed')} /> : null}
      <TextAreaField
        id={`${id}-reason`}
        label={t('needs.rejectReason')}
        hint={t('needs.rejectReasonHint')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error ?? serverErrors.reason}
        rows={2}
        aria-required
      />
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={rejectNeed.isPending}>
          {t('needs.rejectConfirm')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
