import { Page } from '@/components/page'
import { useI18n } from '@/lib/i18n/i18n'

/** `/bibliotek`: the shared requirement library (browse, add to a procurement; staff curate). */
export function LibraryPage() {
  const { t } = useI18n()
  return <Page title={t('nav.library')}>{null}</Page>
}
