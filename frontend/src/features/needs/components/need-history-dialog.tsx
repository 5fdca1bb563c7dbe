import { HistoryDialog } from '@/components/history-dialog'
import { useI18n } from '@/lib/i18n/i18n'

import { useNeedHistory } from '../api/get-need-history'
import { type Need, needFieldOf } from '../api/get-needs'
import { FieldValue } from './field-value'
import { FIELD_LABELS, historyTypeLabel, OTHER_FIELD_LABELS } from './labels'

interface NeedHistoryDialogProps {
  procurementId: string
  need: Need
  onClose: () => void
}

/** Everything that happened to a need, newest first, as a timeline in a drawer. */
export function NeedHistoryDialog({ procurementId, need, onClose }: NeedHistoryDialogProps) {
  const { t } = useI18n()
  const history = useNeedHistory(procurementId, need.id)

  const fieldLabel = (field: string) => {
    const needField = needFieldOf(field)
    if (needField) return t(FIELD_LABELS[needField])
    const other = OTHER_FIELD_LABELS[field]
    return other ? t(other) : field
  }

  return (
    <HistoryDialog
      title={t('history.title')}
      subtitle={need.statement}
      history={history}
      emptyLabel={t('history.empty')}
      describeEvent={(type) => {
        const label = historyTypeLabel(type)
        return label ? t(label) : undefined
      }}
      describeField={fieldLabel}
      renderValue={(field, value) => <FieldValue field={field} value={value} />}
      onClose={onClose}
      testId="need-history"
    />
  )
}
