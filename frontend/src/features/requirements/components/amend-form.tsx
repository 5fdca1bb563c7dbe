import { useId, useState } from 'react'

import { useConfirmation } from '@/components/confirm-dialog'
import { TextField } from '@/components/text-field'
import { useI18n } from '@/lib/i18n/i18n'

import { useAmend } from '../api/amend-requirement'
import type { Requirement, RequirementContent } from '../api/get-requirements'
import { changesBetween, contentOfRequirement } from './requirement-changes'
import { RequirementForm } from './requirement-form'

interface Props {
  procurementId: string
  requirement: Requirement
  onDone: (message: string) => void
  onCancel: () => void
}

/** After publication a requirement changes by amendment: what changes, and a reason every vendor reads. */
export function AmendForm({ procurementId, requirement, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const id = useId()
  const amend = useAmend(procurementId)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  const { ask, dialog } = useConfirmation()

  const submit = (content: RequirementContent) => {
    if (!reason.trim()) {
      setProblem(t('form.required'))
      return
    }
    setProblem(undefined)
    // an amendment changes what vendors read; which needs it serves is the buyer's own business
    const { needIds: _needs, ...changes } = changesBetween(contentOfRequirement(requirement), content)
    ask(
      {
        title: t('requirements.amendConfirmTitle'),
        text: t('requirements.amendConfirmText'),
        confirmLabel: t('requirements.amendConfirmYes'),
        testId: 'confirm-amendment',
      },
      () =>
        amend.mutate(
      { requirementId: requirement.id, changes, reason: reason.trim() },
      {
        onSuccess: (result) =>
          onDone(
            [
              t('requirements.amended', { number: result.amendment.number, version: result.amendment.setVersion }),
              result.warning ? t('requirements.amendCloseToDeadline') : '',
            ]
              .filter(Boolean)
              .join(' '),
          ),
      },
        ),
    )
  }

  return (
    <div data-testid="amend-form">
      <p className="notice notice--warning">{t('requirements.amendLead')}</p>
      <TextField id={`${id}-reason`} label={t('requirements.amendReason')} value={reason} maxLength={2000} error={problem} onChange={(e) => setReason(e.target.value)} />
      <RequirementForm
        initial={requirement}
        needs={[]}
        submitLabel={t('requirements.amendSave')}
        pending={amend.isPending}
        error={amend.error}
        onSubmit={submit}
        onCancel={onCancel}
      />
      {dialog}
    </div>
  )
}
