import type { Requirement } from '../../api/get-requirements'

export const REQUIREMENTS_URL = '/api/procurements/p1/requirements'
export const NEEDS_URL = '/api/procurements/p1/needs'
export const PRESENCE_URL = '/api/procurements/p1/presence'

export const NEEDS = [
  { id: 'n1', statement: 'Lärare rapporterar frånvaro snabbt', status: 'ACCEPTED' },
  { id: 'n2', statement: 'Elever ser sitt schema', status: 'REJECTED' },
  { id: 'n3', statement: 'Vårdnadshavare får besked samma dag', status: 'PROPOSED' },
  { id: 'n4', statement: 'Sammanslaget behov', status: 'MERGED' },
]

export function aRequirement(overrides: Partial<Requirement> = {}): Requirement {
  return {
    id: 'r1',
    number: 1,
    version: 1,
    procurementId: 'p1',
    text: 'Frånvaro ska kunna rapporteras med högst tre klick.',
    kind: 'EVALUATED',
    weight: 30,
    weightShare: 75,
    category: 'FUNCTION',
    verificationMethod: 'Användartest',
    needIds: ['n1'],
    template: null,
    createdBy: { id: 'b1', name: 'Johan Berg' },
    updatedAt: '2026-11-20T10:00:00Z',
    ...overrides,
  }
}

/** Three requirements: evaluated (30 of 40), mandatory without a need (newest), evaluated from a template (10 of 40). */
export const REQUIREMENTS = [
  aRequirement(),
  aRequirement({
    id: 'r2',
    number: 2,
    text: 'Inloggning ska ske via Skolfederation.',
    kind: 'MANDATORY',
    weight: null,
    weightShare: null,
    category: 'IDENTITY_AND_EID',
    verificationMethod: null,
    needIds: [],
    updatedAt: '2026-11-21T10:00:00Z',
  }),
  aRequirement({
    id: 'r3',
    number: 3,
    text: 'Support på svenska vardagar.',
    weight: 10,
    weightShare: 25,
    category: 'SUPPORT_AND_TRAINING',
    verificationMethod: 'Avtalsvillkor',
    template: { id: 't7', revision: 3, title: 'Support på svenska' },
    updatedAt: '2026-11-19T10:00:00Z',
  }),
]

/** The answer to a PUT of presence: nothing. */
export const noContent = () => new Response(null, { status: 204 })
