import type { Me } from '@/lib/auth/get-me'

export const TENANT = { id: 'tenant-1', name: 'Lunds kommun' }
export const VENDOR_ORGANISATION = { id: 'vendor-1', name: 'Läromedel AB' }

export function aPerson(overrides: Partial<Me> = {}): Me {
  return {
    id: 'person-1',
    name: 'Anna Andersson',
    email: 'anna.andersson@lund.se',
    tenant: TENANT,
    vendorOrganisation: null,
    roles: ['BUYER'],
    ...overrides,
  }
}

export const tenantAdmin = () => aPerson({ roles: ['TENANT_ADMIN', 'BUYER'] })
export const tenantUser = () => aPerson({ id: 'person-2', name: 'Bo Berg', email: 'bo.berg@lund.se', roles: ['USER'] })
export const vendorPerson = () =>
  aPerson({
    id: 'person-3',
    name: 'Vera Vendel',
    email: 'vera@laromedel.se',
    tenant: null,
    vendorOrganisation: VENDOR_ORGANISATION,
    roles: ['VENDOR'],
  })
export const platformAdmin = () =>
  aPerson({ id: 'person-4', name: 'Pia Plattform', email: 'pia@inkopsstod.se', tenant: null, roles: ['PLATFORM_ADMIN'] })
export const unknownPerson = () =>
  aPerson({ id: 'person-5', name: 'Okänd Person', email: 'okand@example.se', tenant: null, roles: [] })
