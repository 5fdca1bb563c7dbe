import { useId, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { canTakeRequirements, type ProcurementLine, useProcurementsForLibrary } from '../api/get-procurements-for-library'
import { type LibrarySearch, NO_SEARCH, useTemplates } from '../api/get-templates'
import { useDebouncedValue } from '../hooks/use-debounced-value'
import { isFiltered, LibraryFilters } from './library-filters'
import { TemplateCard } from './template-card'
import { TemplateForm } from './template-form'

/** Long enough to let someone finish a word, short enough to feel immediate. */
const SEARCH_DELAY_MS = 300

/** `/bibliotek`: the shared requirement library. Buyers add templates to their procurements; association staff curate. */
export function LibraryPage() {
  const { t } = useI18n()
  const id = useId()
  const person = useCurrentPerson()
  const isBuyer = hasRole(person, 'BUYER')
  const isStaff = hasRole(person, 'ASSOCIATION_STAFF')
  const [params] = useSearchParams()
  const preselected = params.get('upphandling') ?? ''
  const [search, setSearch] = useState<LibrarySearch>(NO_SEARCH)
  // only typing waits; a chosen filter, or an emptied search box, applies at once
  const typed = useDebouncedValue(search.q, SEARCH_DELAY_MS)
  const q = search.q.trim() === '' ? '' : typed
  const templates = useTemplates({ ...search, q })
  const procurements = useProcurementsForLibrary(isBuyer)
  const open: ProcurementLine[] | undefined = procurements.data?.filter(canTakeRequirements)
  const [status, setStatus] = useState<string | null>(null)
  const resultsHeading = useRef<HTMLHeadingElement>(null)

  return (
    <Page title={t('library.title')} lead={t('library.lead')}>
      <LiveStatus message={status} />
      {isBuyer && preselected ? <ComingFrom procurement={procurements.data?.find((p) => p.id === preselected)} /> : null}
      {isStaff ? <CreateTemplate onStatus={setStatus} /> : null}
      <LibraryFilters search={search} onChange={setSearch} canSeeRetired={isStaff} />
      <section aria-labelledby={`${id}-results`} aria-busy={templates.isFetching}>
        <h2 id={`${id}-results`} ref={resultsHeading} tabIndex={-1}>
          {t('library.results')}
        </h2>
        {templates.isPending ? (
          <Loading />
        ) : templates.isError ? (
          <ErrorAlert error={templates.error} title={t('library.loadFailed')} />
        ) : (
          <>
            <p role="status" data-testid="library-count">
              {t('library.count', { count: templates.data.length })}
            </p>
            {templates.data.length === 0 ? (
              <EmptyState title={t('library.none')}>
                {isFiltered(search) ? (
                  <button type="button" className="button button--secondary" onClick={() => setSearch(NO_SEARCH)}>
                    {t('library.clearFilters')}
                  </button>
                ) : null}
              </EmptyState>
            ) : (
              <ol className="library-list">
                {templates.data.map((template) => (
                  <li key={template.id}>
                    <TemplateCard
                      template={template}
                      procurements={isBuyer ? open : undefined}
                      preselectedProcurement={preselected}
                      canCurate={isStaff}
                      onStatus={setStatus}
                      onRetired={() => resultsHeading.current?.focus()}
                    />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </section>
    </Page>
  )
}

/** When the workspace sent the buyer here: where the templates go, and the way back. */
function ComingFrom({ procurement }: { procurement: ProcurementLine | undefined }) {
  const { t } = useI18n()
  if (!procurement) return null
  return (
    <p className="back-link">
      <Link to={`/upphandlingar/${encodeURIComponent(procurement.id)}?flik=krav`}>
        {t('library.backTo', { title: procurement.title })}
      </Link>
    </p>
  )
}

function CreateTemplate({ onStatus }: { onStatus: (message: string) => void }) {
  const { t } = useI18n()
  const [creating, setCreating] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setCreating(false)
    button.current?.focus()
  }
  return (
    <div className="panel">
      <button ref={button} type="button" className="button" aria-expanded={creating} onClick={() => (creating ? close() : setCreating(true))}>
        {t('library.newTemplate')}
      </button>
      {creating ? (
        <TemplateForm
          onCancel={close}
          onSaved={(saved) => {
            close()
            onStatus(t('library.created', { title: saved.titleSv, revision: saved.revision }))
          }}
        />
      ) : null}
    </div>
  )
}
