import type { MessageKey } from '@/lib/i18n/i18n'

/** The app's names of the values an old state may hold; an unknown value is shown as it is. */
export const PHASE_LABELS: Readonly<Record<string, MessageKey>> = {
  NEEDS_ANALYSIS: 'phase.needsAnalysis',
  MARKET_DIALOGUE: 'phase.marketDialogue',
  REQUIREMENTS: 'phase.requirements',
  TENDERING: 'phase.tendering',
  EVALUATION: 'phase.evaluation',
  AWARDED: 'phase.awarded',
  IMPLEMENTATION: 'phase.implementation',
  FOLLOW_UP: 'phase.followUp',
  CLOSED: 'phase.closed',
}

export const NEED_STATUS_LABELS: Readonly<Record<string, MessageKey>> = {
  PROPOSED: 'needStatus.proposed',
  ACCEPTED: 'needStatus.accepted',
  REJECTED: 'needStatus.rejected',
  MERGED: 'needStatus.merged',
}

export const PRIORITY_LABELS: Readonly<Record<string, MessageKey>> = {
  HIGH: 'priority.high',
  MEDIUM: 'priority.medium',
  LOW: 'priority.low',
}

export const KIND_LABELS: Readonly<Record<string, MessageKey>> = {
  MANDATORY: 'requirements.kind.MANDATORY',
  EVALUATED: 'requirements.kind.EVALUATED',
}

export const CATEGORY_LABELS: Readonly<Record<string, MessageKey>> = {
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

export function labelOf(labels: Readonly<Record<string, MessageKey>>, value: string, t: (key: MessageKey) => string): string {
  const key = labels[value]
  return key ? t(key) : value
}
