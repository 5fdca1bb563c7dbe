import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { describeRoles } from '@/lib/auth/role-labels'
import { isTenantMember } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { BuyingProcess } from './buying-process'
import { RecentActivity } from './recent-activity'

export function StartPage() {
  const { t } = useI18n()
  const person = useCurrentPerson()
  const organisation = person.tenant?.name ?? person.vendorOrganisation?.name ?? t('start.noOrganisation')
  return (
    <Page title={t('nav.start')} heading={t('start.greeting', { name: person.name })} lead={t('start.lead')}>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{person.vendorOrganisation && !person.tenant ? t('start.vendorOrganisation') : t('start.organisation')}</dt>
          <dd data-testid="current-organisation">{organisation}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{person.roles.length === 1 ? t('start.role') : t('start.roles')}</dt>
          <dd data-testid="current-roles">{describeRoles(person.roles, t)}</dd>
        </div>
      </dl>
      <div className="columns">
        <BuyingProcess />
        {isTenantMember(person) ? <RecentActivity /> : null}
      </div>
    </Page>
  )
}
