import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

import { ErrorAlert } from '@/components/error-alert'
import { Page } from '@/components/page'
import { useI18n } from '@/lib/i18n/i18n'

/**
 * The router's error boundary: a readable message and a way on, never a stack trace.
 * (The error itself goes to the console for whoever is debugging.)
 */
export function RouteErrorPage() {
  const { t } = useI18n()
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Page title={t('notFound.title')} lead={t('notFound.body')}>
        <p>
          <Link to="/">{t('common.toStart')}</Link>
        </p>
      </Page>
    )
  }
  return (
    <Page title={t('error.pageTitle')} lead={t('error.pageLead')}>
      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
        <Link to="/" reloadDocument className="button button--secondary">
          {t('common.toStart')}
        </Link>
      </div>
    </Page>
  )
}
