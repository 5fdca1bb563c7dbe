import type { MessageKey } from '@/lib/i18n/i18n'
import { PHASE_LABELS as SHARED_PHASE_LABELS } from '@/lib/phases'

/** The app's names of the values an old state may hold; an unknown value is shown as it is. */
export const PHASE_LABELS: Readonly<Record<string, MessageKey>> = SHARED_PHASE_LABELS

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

import { CATEGORY_LABELS as CATEGORIES, KIND_LABELS as KINDS } from '@/lib/requirement-taxonomy'

/** Looked up by the plain strings an old state holds. */
export const KIND_LABELS: Readonly<Record<string, MessageKey>> = KINDS
export const CATEGORY_LABELS: Readonly<Record<string, MessageKey>> = CATEGORIES

export function labelOf(labels: Readonly<Record<string, MessageKey>>, value: string, t: (key: MessageKey) => string): string {
  const key = labels[value]
  return key ? t(key) : value
}
