import { useId } from 'react'

import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { CATEGORIES, type Category, KINDS, type Kind, type LibrarySearch, NO_SEARCH } from '../api/get-templates'
import { CATEGORY_LABELS, KIND_LABELS } from './labels'

interface LibraryFiltersProps {
  search: LibrarySearch
  onChange: (search: LibrarySearch) => void
  /** Only association staff look at retired templates. */
  canSeeRetired: boolean
}

export function isFiltered(search: LibrarySearch): boolean {
  return search.q.trim() !== '' || search.category !== '' || search.kind !== '' || search.process !== '' || search.includeRetired
}

export function LibraryFilters({ search, onChange, canSeeRetired }: LibraryFiltersProps) {
  const { t } = useI18n()
  const id = useId()
  const processes = useProcessMapLabels()
  const all = { value: '', label: t('library.all') }

  return (
    <form className="filters" role="search" aria-label={t('library.filters')} onSubmit={(e) => e.preventDefault()}>
      <TextField
        id={`${id}-q`}
        type="search"
        label={t('library.search')}
        hint={t('library.searchHint')}
        maxLength={200}
        value={search.q}
        onChange={(e) => onChange({ ...search, q: e.target.value })}
      />
      <SelectField
        id={`${id}-category`}
        label={t('library.category')}
        options={[all, ...CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_LABELS[c]) }))]}
        value={search.category}
        onChange={(e) => onChange({ ...search, category: e.target.value as Category | '' })}
      />
      <SelectField
        id={`${id}-kind`}
        label={t('library.kind')}
        options={[all, ...KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) }))]}
        value={search.kind}
        onChange={(e) => onChange({ ...search, kind: e.target.value as Kind | '' })}
      />
      <SelectField
        id={`${id}-process`}
        label={t('library.process')}
        options={[all, ...processes.schoolProcessOptions]}
        value={search.process}
        onChange={(e) => onChange({ ...search, process: e.target.value })}
      />
      {canSeeRetired ? (
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-retired`}
            checked={search.includeRetired}
            onChange={(e) => onChange({ ...search, includeRetired: e.target.checked })}
          />
          <label htmlFor={`${id}-retired`}>{t('library.includeRetired')}</label>
        </div>
      ) : null}
      {isFiltered(search) ? (
        <button type="button" className="button button--link" onClick={() => onChange(NO_SEARCH)}>
          {t('library.clearFilters')}
        </button>
      ) : null}
    </form>
  )
}
