import type { MessageKey, Translate } from '@/lib/i18n/i18n'

import type { Role } from './roles'

export const ROLE_LABELS: Record<Role, MessageKey> = {
  TENANT_ADMIN: 'role.tenantAdmin',
  BUYER: 'role.buyer',
  USER: 'role.user',
  VENDOR: 'role.vendor',
  ASSOCIATION_STAFF: 'role.associationStaff',
  PLATFORM_ADMIN: 'role.platformAdmin',
}

/** "Administratör, Inköpare" */
export function describeRoles(roles: readonly Role[], t: Translate): string {
  return roles.map((role) => t(ROLE_LABELS[role])).join(', ')
}
