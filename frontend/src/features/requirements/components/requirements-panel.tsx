import { type ReactNode, useId, useRef, useState } from 'react'
import { Link } from 'react-router'

import { AmendmentLog } from '@/components/amendment-log'
import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { ExcelLink } from '@/components/excel-link'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { downloadCsv, fileName } from '@/lib/csv'
import { useI18n } from '@/lib/i18n/i18n'
import { requirementNumber } from '@/lib/requirement-number'

import { useCreateRequirement } from '../api/create-requirement'
import { useAmendments } from '../api/get-amendments'
import { useNeedSummaries } from '../api/get-need-summaries'
import { usePublished } from '../api/get-publication'
import {
  REQUIREMENT_CATEGORIES,
  REQUIREMENT_KINDS,
  type RequirementCategory,
  type RequirementKind,
  requirementsPath,
  useRequirements,
} from '../api/get-requirements'
import {
  DEFAULT_REQUIREMENT_FILTERS,
  isFiltered,
  type RequirementFilters,
  type RequirementSort,
  useVisibleRequirements,
} from '../hooks/use-visible-requirements'
import { requirementsCsv } from '../lib/requirements-csv'
import { CATEGORY_LABELS, KIND_LABELS } from './labels'
import { RequirementCard } from './requirement-card'
import { RequirementForm } from './requirement-form'
import { RequirementsImport } from './requirements-import'

interface RequirementsPanelProps {
  procurementId: string
  /** Names the exported file. */
  procurementTitle?: string
  /** Composed in by the app for each requirement, e.g. its comment thread. */
  itemExtras?: (requirementId: string) => ReactNode
}

/**
 * The requirements of one procurement: filter, search and sort them, see each evaluated weight's
 * share of the total, write new ones (buyers) and edit them with field-level conflict handling.
 */
export function RequirementsPanel({ procurementId, procurementTitle, itemExtras }: RequirementsPanelProps) {
  const { t } = useI18n()
  const id = useId()
  const person = useCurrentPerson()
  const requirements = useRequirements(procurementId)
  const needs = useNeedSummaries(procurementId)
  const create = useCreateRequirement(procurementId)
  const published = Boolean(usePublished(procurementId).data)
  const [filters, setFilters] = useState<RequirementFilters>(DEFAULT_REQUIREMENT_FILTERS)
  const [adding, setAdding] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const visible = useVisibleRequirements(requirements.data, filters)
  const isBuyer = hasRole(person, 'BUYER')
  const total = requirements.data?.length ?? 0
  const needList = needs.data ?? []

  const closeForm = () => {
    setAdding(false)
    create.reset()
    addButton.current?.focus()
  }

  return (
    <section className="panel requirements-panel" aria-labelledby={`${id}-heading`} data-testid="requirements-panel">
      <div className="panel__header">
        <h2 id={`${id}-heading`}>{t('requirements.heading')}</h2>
        <div className="button-row">
          {total > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadCsv(fileName(procurementTitle ?? '', 'krav'), requirementsCsv(visible, needList, t))}
            >
              {isFiltered(filters) ? t('requirements.exportShown') : t('requirements.export')}
            </button>
          ) : null}
          {total > 0 ? <ExcelLink href={requirementsPath(procurementId, '.xlsx')} /> : null}
          {isBuyer && !published ? (
            <>
              <button
                ref={addButton}
                type="button"
                className="button"
                aria-expanded={adding}
                onClick={() => (adding ? closeForm() : setAdding(true))}
              >
                {t('requirements.add')}
              </button>
              <Link className="button button--secondary" to={`/bibliotek?upphandling=${encodeURIComponent(procurementId)}`}>
                {t('requirements.fromLibrary')}
              </Link>
            </>
          ) : null}
        </div>
      </div>
      <p className="panel__lead">{t('requirements.lead')}</p>
      {isBuyer && !published ? <RequirementsImport procurementId={procurementId} onStatus={setStatus} /> : null}
      <LiveStatus message={status} />
      {adding ? (
        <RequirementForm
          needs={needList}
          heading={t('requirements.addHeading')}
          focusFirst
          submitLabel={t('requirements.save')}
          pending={create.isPending}
          error={create.error}
          onCancel={closeForm}
          onSubmit={(content) =>
            create.mutate(content, {
              onSuccess: () => {
                closeForm()
                setStatus(t('requirements.created'))
              },
            })
          }
        />
      ) : null}
      {requirements.isPending ? (
        <Loading />
      ) : requirements.isError ? (
        <ErrorAlert error={requirements.error} title={t('requirements.loadFailed')} />
      ) : total === 0 ? (
        <EmptyState title={t('requirements.emptyTitle')}>
          <p>{t('requirements.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="filters" role="search">
            <TextField
              id={`${id}-search`}
              type="search"
              label={t('requirements.search')}
              value={filters.query}
              onChange={(e) => setFilters({ ...filters, query: e.target.value })}
            />
            <SelectField
              id={`${id}-category`}
              label={t('requirements.filterCategory')}
              options={[
                { value: '', label: t('requirements.allCategories') },
                ...REQUIREMENT_CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_LABELS[c]) })),
              ]}
              value={filters.category}
              onChange={(e) => setFilters({ ...filters, category: e.target.value as RequirementCategory | '' })}
            />
            <SelectField
              id={`${id}-kind`}
              label={t('requirements.filterKind')}
              options={[
                { value: '', label: t('requirements.allKinds') },
                ...REQUIREMENT_KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) })),
              ]}
              value={filters.kind}
              onChange={(e) => setFilters({ ...filters, kind: e.target.value as RequirementKind | '' })}
            />
            <SelectField
              id={`${id}-sort`}
              label={t('requirements.sort')}
              options={[
                { value: 'category', label: t('requirements.sortCategory') },
                { value: 'weight', label: t('requirements.sortWeight') },
                { value: 'updated', label: t('requirements.sortUpdated') },
              ]}
              value={filters.sort}
              onChange={(e) => setFilters({ ...filters, sort: e.target.value as RequirementSort })}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={filters.withoutNeed}
                onChange={(e) => setFilters({ ...filters, withoutNeed: e.target.checked })}
              />{' '}
              {t('requirements.onlyWithoutNeed')}
            </label>
            {isFiltered(filters) ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setFilters({ ...DEFAULT_REQUIREMENT_FILTERS, sort: filters.sort })}
              >
                {t('requirements.clearFilters')}
              </button>
            ) : null}
          </div>
          <p aria-live="polite" data-testid="requirements-count">
            {isFiltered(filters)
              ? t('requirements.countFiltered', { shown: visible.length, total })
              : t('requirements.count', { total })}
          </p>
          {visible.length === 0 ? (
            <EmptyState title={t('requirements.noMatchTitle')}>
              <p>{t('requirements.noMatchBody')}</p>
            </EmptyState>
          ) : (
            <ol className="requirements-list" aria-labelledby={`${id}-heading`}>
              {visible.map((requirement) => (
                <li key={requirement.id}>
                  <RequirementCard
                    procurementId={procurementId}
                    requirement={requirement}
                    needs={needList}
                    canEdit={isBuyer}
                    published={published}
                    onStatus={setStatus}
                    extras={itemExtras?.(requirement.id)}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {published ? <AmendmentsSection procurementId={procurementId} requirements={requirements.data ?? []} /> : null}
    </section>
  )
}

function AmendmentsSection({ procurementId, requirements }: { procurementId: string; requirements: readonly { id: string; number: number; text: string }[] }) {
  const { t } = useI18n()
  const amendments = useAmendments(procurementId, true)
  if (amendments.isPending) return <Loading />
  if (amendments.isError) return <ErrorAlert error={amendments.error} />
  return (
    <section aria-label={t('amendments.heading', { count: amendments.data.length })} data-testid="amendment-log">
      <h3>{t('amendments.heading', { count: amendments.data.length })}</h3>
      <AmendmentLog
        amendments={amendments.data}
        requirementText={(id) => {
          const r = requirements.find((x) => x.id === id)
          return r ? `${requirementNumber(r.number)} ${r.text}` : undefined
        }}
        showDeadlineWarnings
      />
    </section>
  )
}
