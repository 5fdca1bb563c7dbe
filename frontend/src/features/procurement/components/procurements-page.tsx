import { useEffect, useId, useRef, useState } from 'react'
import { useNavigate } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { useProcurements } from '../api/get-procurements'
import { NewProcurementForm } from './new-procurement-form'
import { ProcurementsTable } from './procurements-table'

/** The tenant's procurements (vendors have their own list, composed in by the app). */
export function ProcurementsPage() {
  const { t } = useI18n()
  const id = useId()
  const person = useCurrentPerson()
  const procurements = useProcurements()
  const navigate = useNavigate()
  const isBuyer = hasRole(person, 'BUYER')
  const [creating, setCreating] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (!creating && returnFocus.current) {
      returnFocus.current = false
      toggle.current?.focus()
    }
  }, [creating])

  const closeForm = () => {
    returnFocus.current = true
    setCreating(false)
  }

  return (
    <Page title={t('procurements.title')} lead={t('procurements.lead')}>
      {isBuyer ? (
        <div className="page-actions">
          <button
            ref={toggle}
            type="button"
            className="button"
            aria-expanded={creating}
            aria-controls={creating ? `${id}-new` : undefined}
            onClick={() => (creating ? closeForm() : setCreating(true))}
          >
            {t('procurements.new')}
          </button>
        </div>
      ) : null}
      {creating ? (
        <NewProcurementForm
          id={`${id}-new`}
          onCancel={closeForm}
          onCreated={(procurement) => navigate(`/upphandlingar/${encodeURIComponent(procurement.id)}`)}
        />
      ) : null}
      <section className="panel" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{isBuyer ? t('procurements.listHeading') : t('procurements.myListHeading')}</h2>
        {procurements.isPending ? (
          <Loading />
        ) : procurements.isError ? (
          <ErrorAlert error={procurements.error} />
        ) : procurements.data.length === 0 ? (
          <EmptyState title={t('procurements.emptyTitle')}>
            <p>{isBuyer ? t('procurements.emptyBuyer') : t('procurements.emptyMember')}</p>
          </EmptyState>
        ) : (
          <ProcurementsTable procurements={procurements.data} caption={t('procurements.listHeading')} />
        )}
      </section>
    </Page>
  )
}
