import { ErrorAlert } from '@/components/error-alert'
import { useI18n } from '@/lib/i18n/i18n'

/** Shown by the outermost error boundary, when even the layout could not render. */
export function FatalErrorPage({ error }: { error: unknown }) {
  const { t } = useI18n()
  return (
    <main id="main" className="main">
      <div className="container">
        <h1>{t('error.pageTitle')}</h1>
        <p className="lead">{t('error.pageLead')}</p>
        <ErrorAlert error={error} />
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </div>
    </main>
  )
}
