import { Link } from 'react-router'

import { LanguageSwitch } from '@/components/language-switch'
import { LogoutButton } from '@/components/logout-button'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import type { Me } from '@/lib/auth/get-me'
import { hasAnyAccess } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

export function SiteHeader({ person }: { person?: Me }) {
  const { t } = useI18n()
  const organisation = person?.tenant?.name ?? person?.vendorOrganisation?.name
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-header__brand">
          {t('app.name')}
        </Link>
        <div className="site-header__tools">
          {person ? (
            <p className="site-header__person">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              <span className="site-header__name" data-testid="current-person">
                {person.name}
              </span>
              {organisation ? (
                <span className="site-header__organisation" data-testid="header-organisation">
                  {organisation}
                </span>
              ) : null}
            </p>
          ) : null}
          {/* every role gets notifications (vendors too); someone without access has no page to go to */}
          {person && hasAnyAccess(person) ? <NotificationBell /> : null}
          <LanguageSwitch />
          <LogoutButton />
        </div>
      </div>
    </header>
  )
}
