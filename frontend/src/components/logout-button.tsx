import type { FormEvent } from 'react'

import { CSRF_FORM_FIELD, readCsrfToken } from '@/lib/api/csrf'
import { useI18n } from '@/lib/i18n/i18n'

/**
 * A real form post: the server ends the session (and the identity provider's) and redirects.
 * The CSRF token is read again on submit in case the cookie changed since rendering.
 */
export function LogoutButton() {
  const { t } = useI18n()
  const refreshToken = (event: FormEvent<HTMLFormElement>) => {
    const field = event.currentTarget.elements.namedItem(CSRF_FORM_FIELD)
    if (field instanceof HTMLInputElement) field.value = readCsrfToken() ?? ''
  }
  return (
    <form className="logout-form" method="post" action="/logout" onSubmit={refreshToken}>
      <input type="hidden" name={CSRF_FORM_FIELD} defaultValue={readCsrfToken() ?? ''} />
      <button type="submit" className="button button--secondary button--small" data-testid="logout">
        {t('header.logout')}
      </button>
    </form>
  )
}
