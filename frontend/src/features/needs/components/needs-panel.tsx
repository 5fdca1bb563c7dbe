import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole, isTenantMember } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { type Need, useNeeds } from '../api/get-needs'
import { DEFAULT_FILTERS, isFiltered, type NeedFilters, useVisibleNeeds } from '../hooks/use-visible-needs'
import { NeedCard, type NeedPermissions } from './need-card'
import { NeedsFilters } from './needs-filters'
import { ProposeNeedForm } from './propose-need-form'

/**
 * The needs of one procurement: filter, sort and search them, propose new ones, and (by role)
 * endorse, edit, accept, reject or merge them. Roles only shape what is offered; the server decides.
 */
export function NeedsPanel({
  procurementId,
  itemExtras,
}: {
  procurementId: string
  /** Composed in by the app for each need, e.g. its comment thread. */
  itemExtras?: (needId: string) => ReactNode
}) {
  const { t } = useI18n()
  const id = useId()
  const person = useCurrentPerson()
  const needs = useNeeds(procurementId)
  const [filters, setFilters] = useState<NeedFilters>(DEFAULT_FILTERS)
  const [status, setStatus] = useState<string | null>(null)
  const [proposing, setProposing] = useState(false)
  const [focusNeed, setFocusNeed] = useState<string | null>(null)
  const proposeButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  const visible = useVisibleNeeds(needs.data, filters)

  const isBuyer = hasRole(person, 'BUYER')
  const permissionsFor = (need: Need): NeedPermissions => ({
    canDecide: isBuyer,
    canEndorse: hasRole(person, 'USER'),
    canEdit: isBuyer || need.proposedBy.id === person.id,
  })

  useEffect(() => {
    if (!proposing && returnFocus.current) {
      returnFocus.current = false
      proposeButton.current?.focus()
    }
  }, [proposing])

  useEffect(() => {
    if (!focusNeed) return
    const card = document.getElementById(`need-${focusNeed}`)
    if (card) {
      card.scrollIntoView?.({ block: 'start' })
      card.focus()
    }
    setFocusNeed(null)
  }, [focusNeed, visible])

  const closeForm = () => {
    returnFocus.current = true
    setProposing(false)
  }

  const showNeed = (needId: string) => {
    if (!visible.some((n) => n.id === needId)) setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })
    setFocusNeed(needId)
  }

  const total = needs.data?.length ?? 0

  return (
    <section className="panel needs-panel" aria-labelledby={`${id}-heading`} data-testid="needs-panel">
      <div className="panel__header">
        <h2 id={`${id}-heading`}>{t('needs.heading')}</h2>
        {isTenantMember(person) ? (
          <button
            ref={proposeButton}
            type="button"
            className="button"
            aria-expanded={proposing}
            aria-controls={proposing ? `${id}-propose` : undefined}
            onClick={() => (proposing ? closeForm() : setProposing(true))}
          >
            {t('needs.propose')}
          </button>
        ) : null}
      </div>
      <p className="panel__lead">{t('needs.lead')}</p>
      <LiveStatus message={status} />
      {proposing ? (
        <ProposeNeedForm
          id={`${id}-propose`}
          procurementId={procurementId}
          onCancel={closeForm}
          onProposed={(need) => {
            closeForm()
            setStatus(t('needs.proposed', { statement: need.statement }))
          }}
        />
      ) : null}
      {needs.isPending ? (
        <Loading />
      ) : needs.isError ? (
        <ErrorAlert error={needs.error} title={t('needs.loadFailed')} />
      ) : total === 0 ? (
        <EmptyState title={t('needs.emptyTitle')}>
          <p>{t('needs.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <NeedsFilters filters={filters} onChange={setFilters} onClear={() => setFilters(DEFAULT_FILTERS)} />
          <p className="needs-panel__count" aria-live="polite" data-testid="needs-count">
            {isFiltered(filters)
              ? t('needs.countFiltered', { shown: visible.length, total })
              : t('needs.count', { total })}
          </p>
          {visible.length === 0 ? (
            <EmptyState title={t('needs.noMatchTitle')}>
              <p>{t('needs.noMatchBody')}</p>
            </EmptyState>
          ) : (
            <ol className="needs-list" aria-labelledby={`${id}-heading`}>
              {visible.map((need) => (
                <li key={need.id}>
                  <NeedCard
                    procurementId={procurementId}
                    need={need}
                    allNeeds={needs.data}
                    permissions={permissionsFor(need)}
                    onStatus={setStatus}
                    onShowNeed={showNeed}
                    extras={itemExtras?.(need.id)}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
