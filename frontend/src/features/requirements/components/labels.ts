import type { MessageKey } from '@/lib/i18n/i18n'

import type { RequirementField } from '../api/get-requirements'

export { CATEGORY_LABELS, KIND_LABELS } from '@/lib/requirement-taxonomy'

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
