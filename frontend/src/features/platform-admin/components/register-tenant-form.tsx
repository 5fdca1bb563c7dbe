import { type FormEvent, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { type Translate, useI18n } from '@/lib/i18n/i18n'
import { organisationNumberProblem, parseWholeNumber } from '@/lib/numbers'

import { type NewTenant, useCreateTenant } from '../api/create-tenant'
import { type Tenant, TENANT_KINDS, type TenantKind } from '../api/get-tenants'
import { COUNTIES, KIND_LABELS } from './labels'

/** The form's own state: everything as typed, so nothing is lost when the server says no. */
type TenantFormValues = Record<keyof NewTenant, string>
type TenantFormErrors = Partial<Record<keyof NewTenant, string>>

const EMPTY: TenantFormValues = {
  name: '',
  organisationNumber: '',
  kind: '',
  county: '',
  pupils: '',
  adminName: '',
  adminEmail: '',
}
const FIELDS = Object.keys(EMPTY) as Array<keyof NewTenant>
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function validate(values: TenantFormValues, t: Translate): TenantFormErrors {
  const errors: TenantFormErrors = {}
  for (const field of FIELDS) {
    if (!values[field].trim()) errors[field] = t('form.required')
  }
  const numberProblem = errors.organisationNumber ? null : organisationNumberProblem(values.organisationNumber)
  if (numberProblem) errors.organisationNumber = t(numberProblem)
  if (!errors.pupils && parseWholeNumber(values.pupils) === null) errors.pupils = t('platform.pupilsInvalid')
  if (!errors.adminEmail && !EMAIL.test(values.adminEmail.trim())) errors.adminEmail = t('form.invalidEmail')
  return errors
}

export function RegisterTenantForm({ onRegistered }: { onRegistered: (tenant: Tenant) => void }) {
  const { t } = useI18n()
  const id = useId()
  const createTenant = useCreateTenant()
  const [values, setValues] = useState<TenantFormValues>(EMPTY)
  const [clientErrors, setClientErrors] = useState<TenantFormErrors>({})
  const errors: TenantFormErrors = {
    ...(createTenant.isError ? fieldErrorsOf(createTenant.error, t) : {}),
    ...clientErrors,
  }

  const field = (name: keyof NewTenant) => ({
    id: `${id}-${name}`,
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value })),
  })

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validate(values, t)
    setClientErrors(found)
    const firstInvalid = FIELDS.find((name) => found[name])
    if (firstInvalid) {
      document.getElementById(`${id}-${firstInvalid}`)?.focus()
      return
    }
    createTenant.mutate(
      {
        name: values.name.trim(),
        organisationNumber: values.organisationNumber.trim(),
        kind: values.kind as TenantKind,
        county: values.county,
        pupils: parseWholeNumber(values.pupils) ?? 0,
        adminName: values.adminName.trim(),
        adminEmail: values.adminEmail.trim(),
      },
      {
        onSuccess: (tenant) => {
          setValues(EMPTY)
          onRegistered(tenant)
        },
      },
    )
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('platform.registerHeading')}</h2>
      <p>{t('platform.registerLead')}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        {createTenant.isError ? <ErrorAlert error={createTenant.error} title={t('platform.registerFailed')} /> : null}
        <TextField label={t('platform.name')} autoComplete="organization" aria-required {...field('name')} />
        <TextField
          label={t('platform.organisationNumber')}
          hint={t('platform.organisationNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          aria-required
          {...field('organisationNumber')}
        />
        <SelectField
          label={t('platform.kind')}
          placeholder={t('form.choose')}
          options={TENANT_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
          aria-required
          {...field('kind')}
        />
        <SelectField
          label={t('platform.county')}
          placeholder={t('form.choose')}
          options={COUNTIES.map((county) => ({ value: county, label: county }))}
          aria-required
          {...field('county')}
        />
        <TextField
          label={t('platform.pupils')}
          hint={t('platform.pupilsHint')}
          inputMode="numeric"
          autoComplete="off"
          className="field__input--short"
          aria-required
          {...field('pupils')}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('platform.adminLegend')}</legend>
          <p className="field__hint">{t('platform.adminHint')}</p>
          <TextField label={t('platform.adminName')} autoComplete="off" aria-required {...field('adminName')} />
          <TextField
            label={t('platform.adminEmail')}
            type="email"
            autoComplete="off"
            spellCheck={false}
            aria-required
            {...field('adminEmail')}
          />
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button" disabled={createTenant.isPending}>
            {t('platform.register')}
          </button>
          {createTenant.isPending ? <span className="pending">{t('common.saving')}</span> : null}
        </div>
      </form>
    </section>
  )
}
