import type { MessageKey } from '@/lib/i18n/i18n'

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

/** The UI's names of the kinds and categories (message keys), shared by every feature that shows them. */
export const KIND_LABELS: Record<RequirementKind, MessageKey> = {
  MANDATORY: 'requirements.kind.MANDATORY',
  EVALUATED: 'requirements.kind.EVALUATED',
}

export const CATEGORY_LABELS: Record<RequirementCategory, MessageKey> = {
  FUNCTION: 'requirements.category.FUNCTION',
  INTEROPERABILITY: 'requirements.category.INTEROPERABILITY',
  SECURITY_AND_PRIVACY: 'requirements.category.SECURITY_AND_PRIVACY',
  ACCESSIBILITY: 'requirements.category.ACCESSIBILITY',
  IDENTITY_AND_EID: 'requirements.category.IDENTITY_AND_EID',
  SUPPORT_AND_TRAINING: 'requirements.category.SUPPORT_AND_TRAINING',
  EXIT_AND_PORTABILITY: 'requirements.category.EXIT_AND_PORTABILITY',
  CAPACITY_AND_AVAILABILITY: 'requirements.category.CAPACITY_AND_AVAILABILITY',
  COMMERCIAL: 'requirements.category.COMMERCIAL',
}
