import { HistoryDialog } from '@/components/history-dialog'
import { useI18n } from '@/lib/i18n/i18n'

import type { NeedSummary } from '../api/get-need-summaries'
import { useRequirementHistory } from '../api/get-requirement-history'
import { type Requirement, REQUIREMENT_FIELDS, type RequirementField } from '../api/get-requirements'
import { FIELD_LABELS, historyEventLabel } from './labels'
import { RequirementValue } from './requirement-value'

interface Props {
  procurementId: string
  requirement: Requirement
  needs: readonly NeedSummary[]
  onClose: () => void
}

/** Who changed what in a requirement, when, old value → new value; newest first. */
export function RequirementHistoryDialog({ procurementId, requirement, needs, onClose }: Props) {
  const { t } = useI18n()
  const history = useRequirementHistory(procurementId, requirement.id)

  return (
    <HistoryDialog
      title={t('requirements.historyTitle')}
      subtitle={requirement.text}
      history={history}
      emptyLabel={t('requirements.historyEmpty')}
      describeEvent={(type) => {
        const label = historyEventLabel(type)
        return label ? t(label) : undefined
      }}
      describeField={(field) =>
        (REQUIREMENT_FIELDS as readonly string[]).includes(field) ? t(FIELD_LABELS[field as RequirementField]) : field
      }
      renderValue={(field, value) => <RequirementValue field={field} value={value} needs={needs} />}
      onClose={onClose}
      testId="requirement-history"
    />
  )
}
