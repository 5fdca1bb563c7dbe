import { useI18n } from '@/lib/i18n/i18n'

import type { NeedSummary } from '../api/get-need-summaries'
import { REQUIREMENT_CATEGORIES, REQUIREMENT_KINDS } from '../api/get-requirements'
import { CATEGORY_LABELS, KIND_LABELS } from './labels'

/** A field's value as people read it: labels for kinds and categories, need statements for ids. */
export function RequirementValue({ field, value, needs }: { field: string; value: unknown; needs?: readonly NeedSummary[] }) {
  const { t } = useI18n()
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <em>{t('requirements.noValue')}</em>
  }
  if (field === 'kind' && (REQUIREMENT_KINDS as readonly unknown[]).includes(value)) {
    return <>{t(KIND_LABELS[value as (typeof REQUIREMENT_KINDS)[number]])}</>
  }
  if (field === 'category' && (REQUIREMENT_CATEGORIES as readonly unknown[]).includes(value)) {
    return <>{t(CATEGORY_LABELS[value as (typeof REQUIREMENT_CATEGORIES)[number]])}</>
  }
  if (field === 'needIds' && Array.isArray(value)) {
    return <>{value.map((id) => needs?.find((n) => n.id === id)?.statement ?? String(id)).join('; ')}</>
  }
  return <>{String(value)}</>
}
