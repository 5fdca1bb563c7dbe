import { useEffect, useRef } from 'react'
import { Outlet, useLocation } from 'react-router'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { CurrentPersonProvider } from '@/lib/auth/current-person'
import { useMe } from '@/lib/auth/get-me'
import { hasAnyAccess } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { NoAccessPage } from '../pages/no-access-page'
import { MainNav } from './main-nav'
import { SiteHeader } from './site-header'

export function RootLayout() {
  const { t } = useI18n()
  const me = useMe()
  const person = me.data
  const main = useRef<HTMLElement>(null)
  const { pathname } = useLocation()
  const firstPath = useRef(pathname)

  // After client-side navigation, move focus to the new content (as a page load would reset it).
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = ''
      main.current?.focus()
    }
  }, [pathname])

  let content
  if (me.isPending) content = <Loading />
  else if (!person) content = <ErrorAlert error={me.error} title={t('error.meFailed')} />
  else if (!hasAnyAccess(person)) content = <NoAccessPage person={person} />
  else
    content = (
      <CurrentPersonProvider person={person}>
        <Outlet />
      </CurrentPersonProvider>
    )

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <SiteHeader person={person} />
      {person && hasAnyAccess(person) ? <MainNav person={person} /> : null}
      <main id="main" className="main" ref={main} tabIndex={-1}>
        <div className="container">{content}</div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.text')}</p>
        </div>
      </footer>
    </div>
  )
}
