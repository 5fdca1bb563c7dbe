import { Link } from 'react-router'

import { Page } from '@/components/page'
import { useI18n } from '@/lib/i18n/i18n'

export function NotAvailablePage() {
  const { t } = useI18n()
  return (
    <Page title={t('notAvailable.title')} lead={t('notAvailable.body')}>
      <p>
        <Link to="/">{t('common.toStart')}</Link>
      </p>
    </Page>
  )
}
