/**
 * CSRF protection with the double-submit cookie the backend sets: the cookie is readable by
 * JavaScript on purpose, and every state-changing request echoes its value back in a header
 * (fetch) or a form field (the plain HTML log-out form).
 */
export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
export const CSRF_FORM_FIELD = '_csrf'

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=')
    if (separator < 0) continue
    if (part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim())
    }
  }
  return undefined
}

export function readCsrfToken(): string | undefined {
  return readCookie(CSRF_COOKIE)
}
