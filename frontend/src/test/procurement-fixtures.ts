/** Data for the procurement and needs areas, in the shapes of the REST contract. */

export const PROCESS_MAP = {
  schoolProcesses: [
    {
      id: 'attendance',
      sv: 'Närvaro och frånvaro',
      en: 'Attendance and absence',
      description: { sv: 'Registrera och följa upp närvaro.', en: 'Record and follow up attendance.' },
    },
    {
      id: 'teaching',
      sv: 'Undervisning',
      en: 'Teaching',
      description: { sv: 'Planera och genomföra undervisning.', en: 'Plan and carry out teaching.' },
    },
    {
      id: 'guardian-communication',
      sv: 'Vårdnadshavarkommunikation',
      en: 'Guardian communication',
      description: { sv: 'Kontakt med hemmen.', en: 'Contact with the homes.' },
    },
  ],
  perspectives: [
    { id: 'teacher', sv: 'Lärare', en: 'Teacher' },
    { id: 'student', sv: 'Elev', en: 'Student' },
    { id: 'guardian', sv: 'Vårdnadshavare', en: 'Guardian' },
  ],
}

export function aProcurementSummary(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    version: 3,
    title: 'Frånvarosystem för grundskolan',
    category: 'attendance',
    procedure: 'SIMPLIFIED',
    phase: 'NEEDS_ANALYSIS',
    estimatedValueSek: 450000,
    teamSize: 2,
    needCount: 3,
    updatedAt: '2026-03-10T09:00:00Z',
    ...overrides,
  }
}

export function aProcurement(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    version: 3,
    title: 'Frånvarosystem för grundskolan',
    description: 'Ett system för att rapportera och följa upp frånvaro.',
    category: 'attendance',
    procedure: 'SIMPLIFIED',
    phase: 'NEEDS_ANALYSIS',
    estimatedValueSek: 450000,
    plannedTenderDate: '2026-09-01',
    plannedAwardDate: '2026-11-15',
    team: [
      { memberId: 'person-1', name: 'Anna Andersson' },
      { memberId: 'person-2', name: 'Bo Berg' },
    ],
    nextPhases: ['MARKET_DIALOGUE', 'REQUIREMENTS', 'CLOSED'],
    updatedAt: '2026-03-10T09:00:00Z',
    ...overrides,
  }
}

export function aNeed(overrides: Record<string, unknown> = {}) {
  return {
    id: 'n1',
    version: 1,
    statement: 'Lärare behöver rapportera frånvaro direkt från lektionen',
    perspective: 'teacher',
    schoolProcess: 'attendance',
    priority: 'HIGH',
    steeringDocument: 'Skollagen 7 kap.',
    benefit: {
      description: 'Mindre administration för lärarna',
      indicator: 'Lärarnas tid för frånvarorapportering',
      baseline: 60,
      target: 30,
      unit: 'minuter per vecka',
    },
    status: 'PROPOSED',
    rejectionReason: null,
    mergedInto: null,
    endorsements: 2,
    endorsedByMe: false,
    proposedBy: { id: 'person-2', name: 'Bo Berg' },
    updatedAt: '2026-03-10T09:00:00Z',
    ...overrides,
  }
}

/** Three needs with different status, perspective and process. */
export const NEEDS = [
  aNeed(),
  aNeed({
    id: 'n2',
    version: 4,
    statement: 'Vårdnadshavare vill få besked samma dag när eleven är borta',
    perspective: 'guardian',
    schoolProcess: 'guardian-communication',
    priority: 'MEDIUM',
    steeringDocument: 'GDPR',
    benefit: { description: 'Snabbare kontakt', indicator: null, baseline: null, target: null, unit: null },
    status: 'ACCEPTED',
    endorsements: 5,
    proposedBy: { id: 'person-9', name: 'Cecilia Ek' },
    updatedAt: '2026-03-08T09:00:00Z',
  }),
  aNeed({
    id: 'n3',
    version: 2,
    statement: 'Elever ska kunna se sin egen närvaro',
    perspective: 'student',
    schoolProcess: 'attendance',
    priority: 'LOW',
    steeringDocument: null,
    benefit: { description: 'Eleverna tar ansvar', indicator: null, baseline: null, target: null, unit: null },
    status: 'REJECTED',
    rejectionReason: 'Ingår redan i lärplattformen.',
    endorsements: 0,
    proposedBy: { id: 'person-9', name: 'Cecilia Ek' },
    updatedAt: '2026-03-12T09:00:00Z',
  }),
]
