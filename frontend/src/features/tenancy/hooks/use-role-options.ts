import { useMemo } from 'react'

import { ROLE_LABELS } from '@/lib/auth/role-labels'
import { TENANT_ROLES, type TenantRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

/** The roles a tenant member can be given, labelled in the current language. */
export function useRoleOptions(): ReadonlyArray<{ value: TenantRole; label: string }> {
  const { t } = useI18n()
  return useMemo(() => TENANT_ROLES.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) })), [t])
}
