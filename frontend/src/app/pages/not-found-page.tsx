import { Link } from 'react-router'

import { Page } from '@/components/page'
import { useI18n } from '@/lib/i18n/i18n'

export function NotFoundPage() {
  const { t } = useI18n()
  return (
    <Page title={t('notFound.title')} lead={t('notFound.body')}>
      <p>
        <Link to="/">{t('common.toStart')}</Link>
      </p>
    </Page>
  )
}
