import { type FormEvent, useEffect, useId, useState } from 'react'

import { ProblemAlert } from '@/components/problem-alert'
import { TextAreaField } from '@/components/text-area-field'
import { useI18n } from '@/lib/i18n/i18n'

import type { Template } from '../api/get-templates'
import { useRetireTemplate } from '../api/retire-template'
import { LIBRARY_PROBLEMS } from './labels'

const MAX_REASON = 1000

/** Association staff take a template out of the library, saying why; requirements made from it keep it. */
export function RetireTemplateForm({
  template,
  onRetired,
  onCancel,
}: {
  template: Template
  onRetired: (retired: Template) => void
  onCancel: () => void
}) {
  const { t } = useI18n()
  const id = useId()
  const retire = useRetireTemplate()
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | undefined>()

  useEffect(() => document.getElementById(`${id}-reason`)?.focus(), [id])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = reason.trim()
    const found = !trimmed ? t('form.required') : trimmed.length > MAX_REASON ? t('form.tooLong', { max: MAX_REASON }) : undefined
    setProblem(found)
    if (found) {
      document.getElementById(`${id}-reason`)?.focus()
      return
    }
    retire.mutate({ templateId: template.id, reason: trimmed }, { onSuccess: onRetired })
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('library.retireHeading')}>
      <p>{t('library.retireLead')}</p>
      {retire.isError ? <ProblemAlert error={retire.error} title={t('library.retireFailed')} codes={LIBRARY_PROBLEMS} /> : null}
      <TextAreaField
        id={`${id}-reason`}
        label={t('library.retireReason')}
        value={reason}
        rows={2}
        error={problem}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={retire.isPending}>
          {t('library.confirmRetire')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {retire.isPending ? <span className="pending">{t('common.saving')}</span> : null}
      </div>
    </form>
  )
}
