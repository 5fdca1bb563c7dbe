import { toCsv } from '@/lib/csv'
import type { Translate } from '@/lib/i18n/i18n'
import { requirementNumber } from '@/lib/requirement-number'

import type { NeedSummary } from '../api/get-need-summaries'
import type { Requirement } from '../api/get-requirements'
import { CATEGORY_LABELS, KIND_LABELS } from '../components/labels'

/**
 * The requirements as a spreadsheet, in the order shown: one row each under its number (K7, as
 * every view shows it), with the needs it derives
 * from spelled out, so that the file stands on its own in a tender document or a review meeting.
 */
export function requirementsCsv(requirements: readonly Requirement[], needs: readonly NeedSummary[], t: Translate): string {
  const statements = new Map(needs.map((need) => [need.id, need.statement]))
  const header = [
    t('requirements.export.number'),
    t('requirements.export.text'),
    t('requirements.export.kind'),
    t('requirements.export.weight'),
    t('requirements.export.weightShare'),
    t('requirements.export.category'),
    t('requirements.export.verification'),
    t('requirements.export.needs'),
  ]
  const rows = requirements.map((requirement) => [
    requirementNumber(requirement.number),
    requirement.text,
    t(KIND_LABELS[requirement.kind]),
    requirement.weight,
    requirement.weightShare === null ? null : requirement.weightShare.toLocaleString('sv-SE', { maximumFractionDigits: 1 }),
    t(CATEGORY_LABELS[requirement.category]),
    requirement.verificationMethod,
    requirement.needIds.map((id) => statements.get(id) ?? id).join('\n'),
  ])
  return toCsv([header, ...rows])
}
