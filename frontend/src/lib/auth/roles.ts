/**
 * Roles as the server reports them. They only shape the UI (which areas and buttons to show);
 * the server decides what a person may actually do.
 */
export const ROLES = [
  'TENANT_ADMIN',
  'BUYER',
  'USER',
  'VENDOR',
  'ASSOCIATION_STAFF',
  'PLATFORM_ADMIN',
] as const
export type Role = (typeof ROLES)[number]

/** Roles a member of a tenant (huvudman) can hold. */
export const TENANT_ROLES = ['TENANT_ADMIN', 'BUYER', 'USER'] as const
export type TenantRole = (typeof TENANT_ROLES)[number]

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

export function isTenantRole(value: string): value is TenantRole {
  return (TENANT_ROLES as readonly string[]).includes(value)
}

interface WithRoles {
  roles: readonly Role[]
  tenant: { id: string; name: string } | null
}

export function hasRole(person: WithRoles, role: Role): boolean {
  return person.roles.includes(role)
}

export function hasAnyAccess(person: WithRoles): boolean {
  return person.roles.length > 0
}

export function isTenantMember(person: WithRoles): boolean {
  return person.tenant !== null && person.roles.some(isTenantRole)
}

export function isTenantAdmin(person: WithRoles): boolean {
  return person.tenant !== null && hasRole(person, 'TENANT_ADMIN')
}

export function isPlatformAdmin(person: WithRoles): boolean {
  return hasRole(person, 'PLATFORM_ADMIN')
}
