import type { MessageKey } from '@/lib/i18n/i18n'

/** In order: a procurement moves through them (a buyer may also skip, step back or close). */
export const PHASES = [
  'NEEDS_ANALYSIS',
  'MARKET_DIALOGUE',
  'REQUIREMENTS',
  'TENDERING',
  'EVALUATION',
  'AWARDED',
  'IMPLEMENTATION',
  'FOLLOW_UP',
  'CLOSED',
] as const
export type Phase = (typeof PHASES)[number]

/** The UI's names of the phases, shared by the workspace, follow-up and lessons. */
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

export const isPhase = (value: string): value is Phase => (PHASES as readonly string[]).includes(value)
