import type { MessageKey } from '@/lib/i18n/i18n'

import type { NeedField, NeedStatus, Priority } from '../api/get-needs'

export const PRIORITY_LABELS: Record<Priority, MessageKey> = {
  HIGH: 'priority.high',
  MEDIUM: 'priority.medium',
  LOW: 'priority.low',
}

export const STATUS_LABELS: Record<NeedStatus, MessageKey> = {
  PROPOSED: 'needStatus.proposed',
  ACCEPTED: 'needStatus.accepted',
  REJECTED: 'needStatus.rejected',
  MERGED: 'needStatus.merged',
}

export const FIELD_LABELS: Record<NeedField, MessageKey> = {
  statement: 'need.statement',
  perspective: 'need.perspective',
  schoolProcess: 'need.schoolProcess',
  priority: 'need.priority',
  steeringDocument: 'need.steeringDocument',
  benefit: 'need.benefit',
}

/** Other fields the history may mention. */
export const OTHER_FIELD_LABELS: Record<string, MessageKey> = {
  status: 'need.status',
  rejectionReason: 'need.rejectionReason',
  mergedInto: 'need.mergedInto',
  endorsements: 'need.endorsementsField',
}

/** History entry types, whichever way the server spells them ("EDITED", "NeedEditedEvent"). */
const HISTORY_TYPE_LABELS: Record<string, MessageKey> = {
  PROPOSED: 'history.proposed',
  DRAFTED: 'history.proposed',
  EDITED: 'history.edited',
  ENDORSED: 'history.endorsed',
  ENDORSEMENT_WITHDRAWN: 'history.endorsementWithdrawn',
  UNENDORSED: 'history.endorsementWithdrawn',
  ACCEPTED: 'history.accepted',
  REJECTED: 'history.rejected',
  MERGED: 'history.merged',
}

export function historyTypeLabel(type: string): MessageKey | undefined {
  const normalised = type
    .replace(/Event$/, '')
    .replace(/^Need(?=[A-Z])/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .replace(/^NEED_/, '')
  return HISTORY_TYPE_LABELS[normalised]
}
