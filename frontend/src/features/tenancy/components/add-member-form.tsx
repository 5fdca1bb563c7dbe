import { type FormEvent, useId, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { ErrorAlert } from '@/components/error-alert'
import { TextField } from '@/components/text-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { type Translate, useI18n } from '@/lib/i18n/i18n'

import { type NewMember, useCreateMember } from '../api/create-member'
import type { Member } from '../api/get-members'
import { useRoleOptions } from '../hooks/use-role-options'

const EMPTY: NewMember = { name: '', email: '', roles: ['USER'] }
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function validate(values: NewMember, t: Translate): Partial<Record<keyof NewMember, string>> {
  const errors: Partial<Record<keyof NewMember, string>> = {}
  if (!values.name.trim()) errors.name = t('form.required')
  if (!values.email.trim()) errors.email = t('form.required')
  else if (!EMAIL.test(values.email.trim())) errors.email = t('form.invalidEmail')
  if (values.roles.length === 0) errors.roles = t('team.rolesRequired')
  return errors
}

export function AddMemberForm({ onAdded }: { onAdded: (member: Member) => void }) {
  const { t } = useI18n()
  const id = useId()
  const roleOptions = useRoleOptions()
  const createMember = useCreateMember()
  const [values, setValues] = useState<NewMember>(EMPTY)
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof NewMember, string>>>({})

  // What the person typed stays in `values` whatever the server answers; only success clears it.
  const errors = { ...(createMember.isError ? fieldErrorsOf(createMember.error, t) : {}), ...clientErrors }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validate(values, t)
    setClientErrors(found)
    const firstInvalid = (['name', 'email', 'roles'] as const).find((field) => found[field])
    if (firstInvalid) {
      const target = firstInvalid === 'roles' ? `${id}-roles-tenant_admin` : `${id}-${firstInvalid}`
      document.getElementById(target)?.focus()
      return
    }
    createMember.mutate(
      { name: values.name.trim(), email: values.email.trim(), roles: values.roles },
      {
        onSuccess: (member) => {
          setValues(EMPTY)
          onAdded(member)
        },
      },
    )
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('team.addHeading')}</h2>
      <p>{t('team.addLead')}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        {createMember.isError ? <ErrorAlert error={createMember.error} title={t('team.addFailed')} /> : null}
        <TextField
          id={`${id}-name`}
          label={t('team.name')}
          name="name"
          autoComplete="off"
          value={values.name}
          onChange={(event) => setValues((v) => ({ ...v, name: event.target.value }))}
          error={errors.name}
          aria-required
        />
        <TextField
          id={`${id}-email`}
          label={t('team.email')}
          hint={t('team.emailHint')}
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={(event) => setValues((v) => ({ ...v, email: event.target.value }))}
          error={errors.email}
          aria-required
        />
        <CheckboxGroup
          id={`${id}-roles`}
          legend={t('team.roles')}
          options={roleOptions}
          selected={values.roles}
          onChange={(roles) => setValues((v) => ({ ...v, roles }))}
          error={errors.roles}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={createMember.isPending}>
            {t('team.add')}
          </button>
          {createMember.isPending ? <span className="pending">{t('common.saving')}</span> : null}
        </div>
      </form>
    </section>
  )
}
