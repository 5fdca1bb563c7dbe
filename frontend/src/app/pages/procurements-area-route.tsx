import { ProcurementsPage } from '@/features/procurement/components/procurements-page'
import { VendorProcurementsPage } from '@/features/vendor-portal/components/vendor-procurements-page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { isTenantMember } from '@/lib/auth/roles'

/** `/upphandlingar`: a tenant's procurements, or for a vendor the procurements it is invited to. */
export function ProcurementsAreaRoute() {
  const person = useCurrentPerson()
  return isTenantMember(person) ? <ProcurementsPage /> : <VendorProcurementsPage />
}
