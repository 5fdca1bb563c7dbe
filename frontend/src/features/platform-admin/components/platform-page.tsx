import { useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useI18n } from '@/lib/i18n/i18n'

import { useTenants } from '../api/get-tenants'
import { useVendorOrganisations } from '../api/get-vendor-organisations'
import { RegisterTenantForm } from './register-tenant-form'
import { RegisterVendorForm } from './register-vendor-form'
import { TenantsTable } from './tenants-table'
import { VendorOrganisationsTable } from './vendor-organisations-table'

export function PlatformPage() {
  const { t } = useI18n()
  const tenants = useTenants()
  const vendors = useVendorOrganisations()
  const [status, setStatus] = useState<string | null>(null)

  return (
    <Page title={t('platform.title')} lead={t('platform.lead')}>
      <LiveStatus message={status} />
      <section className="panel" aria-labelledby="tenants-heading">
        <h2 id="tenants-heading">{t('platform.tenantsHeading')}</h2>
        {tenants.isPending ? (
          <Loading />
        ) : tenants.isError ? (
          <ErrorAlert error={tenants.error} />
        ) : (
          <TenantsTable tenants={tenants.data} />
        )}
      </section>
      <RegisterTenantForm onRegistered={(tenant) => setStatus(t('platform.registered', { name: tenant.name }))} />
      <section className="panel" aria-labelledby="vendors-heading">
        <h2 id="vendors-heading">{t('platform.vendorsHeading')}</h2>
        {vendors.isPending ? (
          <Loading />
        ) : vendors.isError ? (
          <ErrorAlert error={vendors.error} />
        ) : (
          <VendorOrganisationsTable organisations={vendors.data} />
        )}
      </section>
      <RegisterVendorForm onRegistered={(vendor) => setStatus(t('platform.vendorRegistered', { name: vendor.name }))} />
    </Page>
  )
}
