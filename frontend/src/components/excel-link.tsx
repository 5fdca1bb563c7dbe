import { useI18n } from '@/lib/i18n/i18n'

/**
 * Downloads a spreadsheet the server makes (.xlsx): a plain link, so that the browser sends the
 * session cookie and saves the file under the name the server gives it; a GET needs no CSRF token.
 */
export function ExcelLink({ href }: { href: string }) {
  const { t } = useI18n()
  return (
    <a className="button button--secondary" href={href} download title={t('spreadsheet.downloadHint')}>
      {t('spreadsheet.download')}
    </a>
  )
}
