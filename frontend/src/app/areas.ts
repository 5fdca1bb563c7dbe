import type { Me } from '@/lib/auth/get-me'
import { hasRole, isPlatformAdmin, isTenantMember } from '@/lib/auth/roles'
import type { MessageKey } from '@/lib/i18n/i18n'

export type AreaId = 'start' | 'procurements' | 'library' | 'qa' | 'followUp' | 'lessons' | 'insights' | 'team' | 'platform'

export interface Area {
  id: AreaId
  /** Also a server-side route: the backend forwards these page paths to index.html. */
  path: string
  label: MessageKey
  /** Which people see the area. This only shapes the UI; the API decides what they may do. */
  isVisible: (person: Me) => boolean
}

const isVendor = (person: Me) => hasRole(person, 'VENDOR')
const isAssociationStaff = (person: Me) => hasRole(person, 'ASSOCIATION_STAFF')

export const AREAS: readonly Area[] = [
  { id: 'start', path: '/', label: 'nav.start', isVisible: () => true },
  {
    id: 'procurements',
    path: '/upphandlingar',
    label: 'nav.procurements',
    isVisible: (p) => isTenantMember(p) || isVendor(p),
  },
  {
    id: 'library',
    path: '/bibliotek',
    label: 'nav.library',
    isVisible: (p) => isTenantMember(p) || isAssociationStaff(p),
  },
  { id: 'qa', path: '/fragor', label: 'nav.qa', isVisible: (p) => isTenantMember(p) || isVendor(p) },
  { id: 'followUp', path: '/uppfoljning', label: 'nav.followUp', isVisible: isTenantMember },
  {
    id: 'lessons',
    path: '/erfarenheter',
    label: 'nav.lessons',
    isVisible: (p) => isTenantMember(p) || isAssociationStaff(p),
  },
  {
    id: 'insights',
    path: '/insikter',
    label: 'nav.insights',
    // the platform administrator runs the platform and reads no benchmarks (the API answers 403)
    isVisible: (p) => isTenantMember(p) || isAssociationStaff(p),
  },
  { id: 'team', path: '/team', label: 'nav.team', isVisible: isTenantMember },
  { id: 'platform', path: '/plattform', label: 'nav.platform', isVisible: isPlatformAdmin },
]

export function visibleAreas(person: Me): Area[] {
  return AREAS.filter((area) => area.isVisible(person))
}
