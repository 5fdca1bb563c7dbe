import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { isTenantMember } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { BenchmarkDashboard } from './benchmark-dashboard'
import { TenantComparison } from './tenant-comparison'

/**
 * `/insikter`: anonymised benchmarks across huvudmän. A tenant's members see their own figures
 * beside similar huvudmän first; everyone with access sees the dashboard.
 */
export function InsightsPage() {
  const { t } = useI18n()
  const tenant = isTenantMember(useCurrentPerson())
  return (
    <Page title={t('insights.title')} lead={t('insights.lead')}>
      {tenant ? <TenantComparison /> : null}
      <BenchmarkDashboard />
    </Page>
  )
}
