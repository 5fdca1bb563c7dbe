import { useEffect, useId, useRef, useState } from 'react'
import { useNavigate } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole, isTenantMember } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { useProcurements } from '../api/get-procurements'
import { NewProcurementForm } from './new-procurement-form'
import { ProcurementsTable } from './procurements-table'

export function ProcurementsPage() {
  const person = useCurrentPerson()
  // The list is the tenant's; vendors will see the procurements they are invited to (not built yet).
  return isTenantMember(person) ? <TenantProcurements /> : <VendorProcurements />
}

function TenantProcurements() {
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

function VendorProcurements() {
  const { t } = useI18n()
  return (
    <Page title={t('procurements.title')} lead={t('procurements.vendorLead')}>
      <EmptyState title={t('procurements.emptyTitle')}>
        <p>{t('procurements.vendorEmpty')}</p>
      </EmptyState>
    </Page>
  )
}
