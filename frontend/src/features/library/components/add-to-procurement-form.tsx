import { type FormEvent, useId, useState } from 'react'
import { Link } from 'react-router'

import { CheckboxGroup } from '@/components/checkbox-group'
import { Loading } from '@/components/loading'
import { ProblemAlert } from '@/components/problem-alert'
import { SelectField } from '@/components/select-field'
import { problemFieldErrors } from '@/lib/api/problem-text'
import { useI18n } from '@/lib/i18n/i18n'

import { useAddTemplateToProcurement } from '../api/add-template-to-procurement'
import { useOpenNeeds } from '../api/get-open-needs'
import type { ProcurementLine } from '../api/get-procurements-for-library'
import type { Template } from '../api/get-templates'
import { LIBRARY_PROBLEMS } from './labels'

interface AddToProcurementFormProps {
  template: Template
  /** Procurements that may still take requirements. */
  procurements: readonly ProcurementLine[]
  /** From `?upphandling=`, when the workspace sent the buyer here. */
  preselected: string
}

/** A buyer adds the template to one of their procurements, optionally saying which needs it serves. */
export function AddToProcurementForm({ template, procurements, preselected }: AddToProcurementFormProps) {
  const { t } = useI18n()
  const id = useId()
  const add = useAddTemplateToProcurement()
  const [chosen, setChosen] = useState(preselected)
  const [needIds, setNeedIds] = useState<string[]>([])
  const [added, setAdded] = useState<ProcurementLine | null>(null)
  // an id from the URL that is not (or no longer) one of the caller's open procurements is no choice
  const procurementId = procurements.some((p) => p.id === chosen) ? chosen : ''
  const needs = useOpenNeeds(procurementId)
  const fieldErrors = add.isError ? problemFieldErrors(add.error, t, LIBRARY_PROBLEMS) : {}

  const choose = (next: string) => {
    setChosen(next)
    // needs belong to one procurement
    setNeedIds([])
    setAdded(null)
    add.reset()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!procurementId) return
    setAdded(null)
    add.mutate(
      { procurementId, templateId: template.id, needIds },
      {
        onSuccess: () => {
          setAdded(procurements.find((p) => p.id === procurementId) ?? null)
          setNeedIds([])
        },
      },
    )
  }

  return (
    <form className="form add-template" onSubmit={submit} noValidate aria-label={t('library.addTo')}>
      <SelectField
        id={`${id}-procurement`}
        label={t('library.addTo')}
        placeholder={t('library.chooseProcurement')}
        options={procurements.map((p) => ({ value: p.id, label: p.title }))}
        value={procurementId}
        error={fieldErrors.procurementId}
        onChange={(e) => choose(e.target.value)}
      />
      {procurementId === '' ? null : needs.isPending ? (
        <Loading />
      ) : needs.isError ? (
        <ProblemAlert error={needs.error} title={t('library.needsFailed')} />
      ) : needs.data.length === 0 ? (
        <p className="card__meta">{t('library.noOpenNeeds')}</p>
      ) : (
        // folded: with many templates on the page, every card's list of needs would drown the list
        <details className="add-template__needs" open={Boolean(fieldErrors.needIds) || undefined}>
          <summary>{t('library.linkNeeds', { count: needIds.length })}</summary>
          <CheckboxGroup
            id={`${id}-needs`}
            legend={t('library.servesNeeds')}
            options={needs.data.map((need) => ({ value: need.id, label: need.statement }))}
            selected={needIds}
            error={fieldErrors.needIds}
            onChange={setNeedIds}
          />
        </details>
      )}
      {add.isError && !fieldErrors.needIds ? (
        <ProblemAlert error={add.error} title={t('library.addFailed')} codes={LIBRARY_PROBLEMS} />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={!procurementId || add.isPending}>
          {t('library.add')}
        </button>
        {add.isPending ? <span className="pending">{t('common.saving')}</span> : null}
      </div>
      {/* always there, so that screen readers are listening when the confirmation arrives */}
      <div role="status" aria-live="polite" className={added ? 'alert alert--success' : 'live-status--empty'}>
        {added ? (
          <p>
            {t('library.added', { title: added.title })}{' '}
            <Link to={`/upphandlingar/${encodeURIComponent(added.id)}?flik=krav`}>{t('library.toWorkspace')}</Link>
          </p>
        ) : null}
      </div>
    </form>
  )
}
