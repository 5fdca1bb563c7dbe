/** Kinds and categories of requirements: shared by the workspace's requirements and the library. */
export const REQUIREMENT_KINDS = ['MANDATORY', 'EVALUATED'] as const
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number]

export const REQUIREMENT_CATEGORIES = [
  'FUNCTION',
  'INTEROPERABILITY',
  'SECURITY_AND_PRIVACY',
  'ACCESSIBILITY',
  'IDENTITY_AND_EID',
  'SUPPORT_AND_TRAINING',
  'EXIT_AND_PORTABILITY',
  'CAPACITY_AND_AVAILABILITY',
  'COMMERCIAL',
] as const
export type RequirementCategory = (typeof REQUIREMENT_CATEGORIES)[number]
