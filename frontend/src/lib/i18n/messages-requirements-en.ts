import type { requirementsSv } from './messages-requirements-sv'

export const requirementsEn: Record<keyof typeof requirementsSv, string> = {
}
