import type { MessageKey } from '@/lib/i18n/i18n'

import type { Phase, Procedure } from '../api/get-procurements'

export const PROCEDURE_LABELS: Record<Procedure, MessageKey> = {
  DIRECT_AWARD: 'procedure.directAward',
  SIMPLIFIED: 'procedure.simplified',
  OPEN: 'procedure.open',
  FRAMEWORK_CALL_OFF: 'procedure.frameworkCallOff',
}

export const PHASE_LABELS: Record<Phase, MessageKey> = {
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
