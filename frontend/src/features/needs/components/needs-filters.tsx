import { useId } from 'react'

import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { NEED_STATUSES, type NeedStatus } from '../api/get-needs'
import { isFiltered, NEED_SORTS, type NeedFilters, type NeedSort } from '../hooks/use-visible-needs'
import { STATUS_LABELS } from './labels'

const SORT_LABELS = {
  priority: 'needs.sortPriority',
  endorsements: 'needs.sortEndorsements',
  newest: 'needs.sortNewest',
} as const satisfies Record<NeedSort, string>

interface NeedsFiltersProps {
  filters: NeedFilters
  onChange: (filters: NeedFilters) => void
  onClear: () => void
}

/** Search, filter and sort; every change applies at once (no submit). */
export function NeedsFilters({ filters, onChange, onClear }: NeedsFiltersProps) {
  const { t } = useI18n()
  const id = useId()
  const labels = useProcessMapLabels()
  const set = <K extends keyof NeedFilters>(key: K, value: NeedFilters[K]) => onChange({ ...filters, [key]: value })

  return (
    <div role="search" aria-labelledby={`${id}-legend`} className="needs-filters">
      <fieldset className="fieldset">
        <legend id={`${id}-legend`} className="fieldset__legend">
          {t('needs.filterLegend')}
        </legend>
        <div className="needs-filters__row">
          <TextField
            id={`${id}-search`}
            type="search"
            label={t('needs.search')}
            value={filters.search}
            onChange={(event) => set('search', event.target.value)}
            autoComplete="off"
          />
          <SelectField
            id={`${id}-status`}
            label={t('needs.filterStatus')}
            placeholder={t('needs.allStatuses')}
            options={NEED_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) }))}
            value={filters.status}
            onChange={(event) => set('status', event.target.value as NeedStatus | '')}
          />
          <SelectField
            id={`${id}-perspective`}
            label={t('need.perspective')}
            placeholder={t('needs.allPerspectives')}
            options={labels.perspectiveOptions}
            value={filters.perspective}
            onChange={(event) => set('perspective', event.target.value)}
          />
          <SelectField
            id={`${id}-process`}
            label={t('need.schoolProcess')}
            placeholder={t('needs.allProcesses')}
            options={labels.schoolProcessOptions}
            value={filters.schoolProcess}
            onChange={(event) => set('schoolProcess', event.target.value)}
          />
          <SelectField
            id={`${id}-sort`}
            label={t('needs.sort')}
            options={NEED_SORTS.map((sort) => ({ value: sort, label: t(SORT_LABELS[sort]) }))}
            value={filters.sort}
            onChange={(event) => set('sort', event.target.value as NeedSort)}
          />
        </div>
        {isFiltered(filters) ? (
          <button type="button" className="button button--link" onClick={onClear}>
            {t('needs.clearFilters')}
          </button>
        ) : null}
      </fieldset>
    </div>
  )
}
