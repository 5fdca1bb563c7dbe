import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { ErrorAlert } from '@/components/error-alert'
import { fieldErrorsOf } from '@/lib/api/error-message'
import type { TenantRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import type { Member } from '../api/get-members'
import { useUpdateMemberRoles } from '../api/update-member-roles'
import { useRoleOptions } from '../hooks/use-role-options'

interface MemberRolesEditorProps {
  member: Member
  onSaved: (member: Member) => void
  onCancel: () => void
}

export function MemberRolesEditor({ member, onSaved, onCancel }: MemberRolesEditorProps) {
  const { t } = useI18n()
  const id = useId()
  const roleOptions = useRoleOptions()
  const updateRoles = useUpdateMemberRoles()
  const [roles, setRoles] = useState<TenantRole[]>(member.roles)
  const [validation, setValidation] = useState<string>()
  const container = useRef<HTMLFormElement>(null)

  useEffect(() => {
    container.current?.querySelector('input')?.focus()
  }, [])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (roles.length === 0) {
      setValidation(t('team.rolesRequired'))
      return
    }
    setValidation(undefined)
    updateRoles.mutate({ memberId: member.id, roles }, { onSuccess: onSaved })
  }

  const serverErrors = updateRoles.isError ? fieldErrorsOf(updateRoles.error, t) : {}

  return (
    <form ref={container} className="roles-editor" onSubmit={submit} noValidate>
      <CheckboxGroup
        id={`${id}-roles`}
        legend={t('team.rolesFor', { name: member.name })}
        options={roleOptions}
        selected={roles}
        onChange={setRoles}
        error={validation ?? serverErrors.roles}
      />
      {updateRoles.isError ? <ErrorAlert error={updateRoles.error} title={t('team.rolesFailed')} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={updateRoles.isPending}>
          {t('team.saveRoles')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {updateRoles.isPending ? <span className="pending">{t('common.saving')}</span> : null}
      </div>
    </form>
  )
}
