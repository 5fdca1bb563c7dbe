import type { Amendment } from '@/lib/amendments'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import {
  CATEGORY_LABELS,
  KIND_LABELS,
  REQUIREMENT_CATEGORIES,
  REQUIREMENT_KINDS,
  type RequirementCategory,
  type RequirementKind,
} from '@/lib/requirement-taxonomy'


const FIELD_LABELS: Partial<Record<string, MessageKey>> = {
  text: 'amendments.field.text',
  kind: 'amendments.field.kind',
  weight: 'amendments.field.weight',
  category: 'amendments.field.category',
  verificationMethod: 'amendments.field.verificationMethod',
}

/**
 * The amendment log: which requirement changed, why, and each field's old and new value in words.
 * `requirementText` names a requirement by its id (the amended text for the current set).
 */
export function AmendmentLog({
  amendments,
  requirementText,
  showDeadlineWarnings = false,
}: {
  amendments: readonly Amendment[]
  requirementText: (requirementId: string) => string | undefined
  showDeadlineWarnings?: boolean
}) {
  const { t, formatDateTime } = useI18n()
  if (amendments.length === 0) return <p>{t('amendments.none')}</p>
  return (
    <ol className="amendment-log" data-testid="amendments">
      {amendments.map((a) => (
        <li key={a.number} className="amendment-log__entry">
          <p>
            <strong>{t('amendments.number', { number: a.number })}</strong> · {formatDateTime(a.at)} ·{' '}
            {t('amendments.setVersion', { version: a.setVersion })}
          </p>
          <p className="card__meta">{t('amendments.requirement', { text: requirementText(a.requirementId) ?? '–' })}</p>
          <p>
            {t('amendments.reason')}: {a.reason}
          </p>
          {a.withdrawn ? <p>{t('amendments.withdrawn')}</p> : null}
          {showDeadlineWarnings && a.closeToDeadline ? <p className="notice notice--warning">{t('amendments.closeToDeadline')}</p> : null}
          {a.changes.length > 0 ? (
            <ul>
              {a.changes.map((c) => (
                <li key={c.field}>
                  <FieldName field={c.field} />: <AmendedValue field={c.field} value={c.from} /> →{' '}
                  <AmendedValue field={c.field} value={c.to} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

function FieldName({ field }: { field: string }) {
  const { t } = useI18n()
  const label = FIELD_LABELS[field]
  return <>{label ? t(label) : field}</>
}

function AmendedValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useI18n()
  if (value === null || value === undefined || value === '') return <>–</>
  if (field === 'kind' && (REQUIREMENT_KINDS as readonly unknown[]).includes(value)) return <>{t(KIND_LABELS[value as RequirementKind])}</>
  if (field === 'category' && (REQUIREMENT_CATEGORIES as readonly unknown[]).includes(value)) {
    return <>{t(CATEGORY_LABELS[value as RequirementCategory])}</>
  }
  return <>{String(value)}</>
}
