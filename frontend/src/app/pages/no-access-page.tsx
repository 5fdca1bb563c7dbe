import { useQueryClient } from '@tanstack/react-query'

import { Page } from '@/components/page'
import { type Me, meQuery } from '@/lib/auth/get-me'
import { useI18n } from '@/lib/i18n/i18n'

/** Logged in, but not (yet) a member of any organisation in Inköpsstöd. */
export function NoAccessPage({ person }: { person: Me }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  return (
    <Page title={t('noAccess.title')} lead={t('noAccess.lead', { name: person.name })}>
      <div className="panel" data-testid="no-access">
        <p>{t('noAccess.body', { email: person.email })}</p>
        <h2>{t('noAccess.whatNowHeading')}</h2>
        <ul>
          <li>{t('noAccess.tenantHint')}</li>
          <li>{t('noAccess.vendorHint')}</li>
        </ul>
        <p>{t('noAccess.retryHint')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void queryClient.invalidateQueries({ queryKey: meQuery.queryKey })}
        >
          {t('noAccess.retry')}
        </button>
      </div>
    </Page>
  )
}
