import { type FormEvent, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { TextField } from '@/components/text-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { type Translate, useI18n } from '@/lib/i18n/i18n'
import { organisationNumberProblem } from '@/lib/numbers'

import { type NewVendor, useRegisterVendor } from '../api/register-vendor'
import type { VendorOrganisation } from '../api/get-vendor-organisations'

/** Everything as typed, so nothing is lost when the server says no. */
type VendorFormValues = Record<keyof NewVendor, string>
type VendorFormErrors = Partial<Record<keyof NewVendor, string>>

const EMPTY: VendorFormValues = { name: '', organisationNumber: '', contactName: '', contactEmail: '' }
const FIELDS = Object.keys(EMPTY) as Array<keyof NewVendor>
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function validate(values: VendorFormValues, t: Translate): VendorFormErrors {
  const errors: VendorFormErrors = {}
  for (const field of FIELDS) {
    if (!values[field].trim()) errors[field] = t('form.required')
  }
  const numberProblem = errors.organisationNumber ? null : organisationNumberProblem(values.organisationNumber)
  if (numberProblem) errors.organisationNumber = t(numberProblem)
  if (!errors.contactEmail && !EMAIL.test(values.contactEmail.trim())) errors.contactEmail = t('form.invalidEmail')
  return errors
}

/** The platform administrator registers a vendor organisation and its first user (who then logs in as a vendor). */
export function RegisterVendorForm({ onRegistered }: { onRegistered: (vendor: VendorOrganisation) => void }) {
  const { t } = useI18n()
  const id = useId()
  const register = useRegisterVendor()
  const [values, setValues] = useState<VendorFormValues>(EMPTY)
  const [clientErrors, setClientErrors] = useState<VendorFormErrors>({})
  const errors: VendorFormErrors = { ...(register.isError ? fieldErrorsOf(register.error, t) : {}), ...clientErrors }

  const field = (name: keyof NewVendor) => ({
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
    register.mutate(
      {
        name: values.name.trim(),
        organisationNumber: values.organisationNumber.trim(),
        contactName: values.contactName.trim(),
        contactEmail: values.contactEmail.trim(),
      },
      {
        onSuccess: (vendor) => {
          setValues(EMPTY)
          onRegistered(vendor)
        },
      },
    )
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('platform.registerVendorHeading')}</h2>
      <p>{t('platform.registerVendorLead')}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid="register-vendor-form">
        {register.isError ? <ErrorAlert error={register.error} title={t('platform.registerVendorFailed')} /> : null}
        <TextField label={t('platform.vendorName')} autoComplete="organization" aria-required {...field('name')} />
        <TextField
          label={t('platform.organisationNumber')}
          hint={t('platform.organisationNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          aria-required
          {...field('organisationNumber')}
        />
        <TextField label={t('platform.contactName')} autoComplete="off" aria-required {...field('contactName')} />
        <TextField
          label={t('platform.contactEmail')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          aria-required
          {...field('contactEmail')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={register.isPending}>
            {t('platform.registerVendor')}
          </button>
          {register.isPending ? <span className="pending">{t('common.saving')}</span> : null}
        </div>
      </form>
    </section>
  )
}
