import { type FormEvent, useEffect, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { useI18n } from '@/lib/i18n/i18n'

import type { Need } from '../api/get-needs'
import { useProposeNeed } from '../api/propose-need'
import { contentOf, DRAFT_ERROR_ORDER, type DraftErrors, EMPTY_DRAFT, type NeedDraft, validateDraft } from './need-draft'
import { draftFieldId, NeedFields } from './need-fields'

interface ProposeNeedFormProps {
  /** The id the "Föreslå behov" button controls. */
  id: string
  procurementId: string
  onProposed: (need: Need) => void
  onCancel: () => void
}

export function ProposeNeedForm({ id, procurementId, onProposed, onCancel }: ProposeNeedFormProps) {
  const { t } = useI18n()
  const proposeNeed = useProposeNeed()
  const [draft, setDraft] = useState<NeedDraft>(EMPTY_DRAFT)
  const [clientErrors, setClientErrors] = useState<DraftErrors>({})
  // what was typed stays in `draft` whatever the server answers; only success clears it
  const errors: DraftErrors = {
    ...(proposeNeed.isError ? fieldErrorsOf(proposeNeed.error, t) : {}),
    ...clientErrors,
  }

  useEffect(() => {
    document.getElementById(draftFieldId(id, 'statement'))?.focus()
  }, [id])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validateDraft(draft, t)
    setClientErrors(found)
    const firstInvalid = DRAFT_ERROR_ORDER.find((field) => found[field])
    if (firstInvalid) {
      document.getElementById(draftFieldId(id, firstInvalid))?.focus()
      return
    }
    proposeNeed.mutate(
      { procurementId, need: contentOf(draft) },
      {
        onSuccess: (need) => {
          setDraft(EMPTY_DRAFT)
          onProposed(need)
        },
      },
    )
  }

  return (
    <section className="subpanel" id={id} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('needs.propose')}</h3>
      <p>{t('needs.proposeLead')}</p>
      <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        {proposeNeed.isError ? <ErrorAlert error={proposeNeed.error} title={t('needs.proposeFailed')} /> : null}
        <NeedFields id={id} draft={draft} onChange={setDraft} errors={errors} />
        <div className="button-row">
          <button type="submit" className="button" disabled={proposeNeed.isPending}>
            {t('needs.proposeSubmit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {proposeNeed.isPending ? <span className="pending">{t('common.saving')}</span> : null}
        </div>
      </form>
    </section>
  )
}
