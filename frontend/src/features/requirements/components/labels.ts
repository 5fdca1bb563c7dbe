import type { MessageKey } from '@/lib/i18n/i18n'

import type { RequirementCategory, RequirementField, RequirementKind } from '../api/requirements'

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

export const FIELD_LABELS: Record<RequirementField, MessageKey> = {
  text: 'requirements.field.text',
  kind: 'requirements.field.kind',
  weight: 'requirements.field.weight',
  category: 'requirements.field.category',
  verificationMethod: 'requirements.field.verificationMethod',
  needIds: 'requirements.field.needIds',
}

const HISTORY_EVENTS: Record<string, MessageKey> = {
  RequirementCreated: 'requirements.historyEvent.RequirementCreated',
  RequirementEdited: 'requirements.historyEvent.RequirementEdited',
  RequirementAmended: 'requirements.historyEvent.RequirementAmended',
}

export function historyEventLabel(type: string): MessageKey | undefined {
  return HISTORY_EVENTS[type.replace(/Event$/, '')]
}
