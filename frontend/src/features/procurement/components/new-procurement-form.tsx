import { type FormEvent, useEffect, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { type Translate, useI18n } from '@/lib/i18n/i18n'
import { parseWholeNumber } from '@/lib/numbers'
import { useProcessMap, useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { type NewProcurement, useCreateProcurement } from '../api/create-procurement'
import type { Procurement } from '../api/get-procurement'
import { PROCEDURES, type Procedure } from '../api/get-procurements'
import { PROCEDURE_LABELS } from './labels'

/** Everything as typed, so nothing is lost when the server says no. */
type FormValues = Record<keyof NewProcurement, string>
type FormErrors = Partial<Record<keyof NewProcurement, string>>

const EMPTY: FormValues = {
  title: '',
  description: '',
  category: '',
  procedure: '',
  estimatedValueSek: '',
  plannedTenderDate: '',
  plannedAwardDate: '',
}
const FIELDS = Object.keys(EMPTY) as Array<keyof NewProcurement>
const TITLE_MAX = 200
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** "250 000", "250000 kr", "1 200 000" → whole kronor; anything else → null. */
export function parseKronor(text: string): number | null {
  return parseWholeNumber(text.trim().replace(/(kr|sek)\.?$/i, ''))
}

function validate(values: FormValues, t: Translate): FormErrors {
  const errors: FormErrors = {}
  if (!values.title.trim()) errors.title = t('form.required')
  else if (values.title.trim().length > TITLE_MAX) errors.title = t('form.tooLong', { max: TITLE_MAX })
  if (!values.category) errors.category = t('form.chooseOne')
  if (!values.procedure) errors.procedure = t('form.chooseOne')
  if (!values.estimatedValueSek.trim()) errors.estimatedValueSek = t('form.required')
  else if (parseKronor(values.estimatedValueSek) === null) errors.estimatedValueSek = t('procurement.valueInvalid')
  for (const date of ['plannedTenderDate', 'plannedAwardDate'] as const) {
    if (values[date] && !ISO_DATE.test(values[date])) errors[date] = t('form.invalidDate')
  }
  if (
    !errors.plannedTenderDate &&
    !errors.plannedAwardDate &&
    values.plannedTenderDate &&
    values.plannedAwardDate &&
    values.plannedAwardDate < values.plannedTenderDate
  ) {
    errors.plannedAwardDate = t('procurement.awardBeforeTender')
  }
  return errors
}

interface NewProcurementFormProps {
  /** The id the "Ny upphandling" button controls. */
  id: string
  onCreated: (procurement: Procurement) => void
  onCancel: () => void
}

export function NewProcurementForm({ id, onCreated, onCancel }: NewProcurementFormProps) {
  const { t, language } = useI18n()
  const processMap = useProcessMap()
  const labels = useProcessMapLabels()
  const createProcurement = useCreateProcurement()
  const [values, setValues] = useState<FormValues>(EMPTY)
  const [clientErrors, setClientErrors] = useState<FormErrors>({})
  const errors: FormErrors = {
    ...(createProcurement.isError ? fieldErrorsOf(createProcurement.error, t) : {}),
    ...clientErrors,
  }

  useEffect(() => {
    document.getElementById(`${id}-title`)?.focus()
  }, [id])

  const field = (name: keyof NewProcurement) => ({
    id: `${id}-${name}`,
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value })),
  })

  const category = processMap.data?.schoolProcesses.find((p) => p.id === values.category)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validate(values, t)
    setClientErrors(found)
    const firstInvalid = FIELDS.find((name) => found[name])
    if (firstInvalid) {
      document.getElementById(`${id}-${firstInvalid}`)?.focus()
      return
    }
    createProcurement.mutate(
      {
        title: values.title.trim(),
        description: values.description.trim(),
        category: values.category,
        procedure: values.procedure as Procedure,
        estimatedValueSek: parseKronor(values.estimatedValueSek) ?? 0,
        plannedTenderDate: values.plannedTenderDate || null,
        plannedAwardDate: values.plannedAwardDate || null,
      },
      { onSuccess: onCreated },
    )
  }

  return (
    <section className="panel" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('procurements.new')}</h2>
      <p>{t('procurements.newLead')}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        {createProcurement.isError ? (
          <ErrorAlert error={createProcurement.error} title={t('procurements.createFailed')} />
        ) : null}
        <TextField label={t('procurement.title')} autoComplete="off" aria-required {...field('title')} />
        <TextAreaField
          label={t('procurement.description')}
          hint={t('procurement.descriptionHint')}
          rows={4}
          {...field('description')}
        />
        <SelectField
          label={t('procurement.category')}
          hint={category?.description?.[language] ?? t('procurement.categoryHint')}
          placeholder={processMap.isPending ? t('common.loading') : t('form.choose')}
          options={labels.schoolProcessOptions}
          aria-required
          {...field('category')}
        />
        {processMap.isError ? <ErrorAlert error={processMap.error} title={t('processMap.failed')} /> : null}
        <SelectField
          label={t('procurement.procedure')}
          placeholder={t('form.choose')}
          options={PROCEDURES.map((procedure) => ({ value: procedure, label: t(PROCEDURE_LABELS[procedure]) }))}
          aria-required
          {...field('procedure')}
        />
        <TextField
          label={t('procurement.estimatedValue')}
          hint={t('procurement.estimatedValueHint')}
          inputMode="numeric"
          autoComplete="off"
          className="field__input--short"
          aria-required
          {...field('estimatedValueSek')}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('procurement.timetable')}</legend>
          <p className="field__hint">{t('procurement.timetableHint')}</p>
          <TextField
            label={t('procurement.plannedTenderDate')}
            type="date"
            className="field__input--date"
            {...field('plannedTenderDate')}
          />
          <TextField
            label={t('procurement.plannedAwardDate')}
            type="date"
            className="field__input--date"
            {...field('plannedAwardDate')}
          />
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button" disabled={createProcurement.isPending}>
            {t('procurements.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {createProcurement.isPending ? <span className="pending">{t('common.saving')}</span> : null}
        </div>
      </form>
    </section>
  )
}
