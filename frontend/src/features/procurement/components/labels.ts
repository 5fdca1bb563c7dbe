import type { MessageKey } from '@/lib/i18n/i18n'

import type { Procedure } from '../api/get-procurements'

export const PROCEDURE_LABELS: Record<Procedure, MessageKey> = {
  DIRECT_AWARD: 'procedure.directAward',
  SIMPLIFIED: 'procedure.simplified',
  OPEN: 'procedure.open',
  FRAMEWORK_CALL_OFF: 'procedure.frameworkCallOff',
}

export { PHASE_LABELS } from '@/lib/phases'
