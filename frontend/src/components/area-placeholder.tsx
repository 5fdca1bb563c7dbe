import { EmptyState } from '@/components/empty-state'
import { Page } from '@/components/page'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

interface AreaPlaceholderProps {
  title: MessageKey
  lead: MessageKey
  emptyTitle: MessageKey
  emptyBody: MessageKey
  /** What the area will offer, one sentence each. */
  upcoming: readonly MessageKey[]
}

/** An area of the product that is not built yet: says honestly what will be here, shows no data. */
export function AreaPlaceholder({ title, lead, emptyTitle, emptyBody, upcoming }: AreaPlaceholderProps) {
  const { t } = useI18n()
  return (
    <Page title={t(title)} lead={t(lead)}>
      <EmptyState title={t(emptyTitle)}>
        <p>{t(emptyBody)}</p>
        <h2 className="empty-state__subheading">{t('area.upcomingHeading')}</h2>
        <ul className="checklist">
          {upcoming.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </EmptyState>
    </Page>
  )
}
