import { Page } from '@/components/page'
import { useI18n } from '@/lib/i18n/i18n'

import { NotificationList } from './notification-list'
import { NotificationSettings } from './notification-settings'

/** `/aviseringar`: the person's notifications and how they want to get them. For every role. */
export function NotificationsPage() {
  const { t } = useI18n()
  return (
    <Page title={t('notifications.title')} lead={t('notifications.lead')}>
      <NotificationList />
      <NotificationSettings />
    </Page>
  )
}
