/** Where Spring Security starts the OIDC login (a full page load, not an SPA route). */
export const LOGIN_PATH = '/oauth2/authorization/inkopsstod'

/** Indirection over `window.location` so that tests can observe navigation. */
export const browserNavigation = {
  assign(url: string): void {
    window.location.assign(url)
  },
}

export function redirectToLogin(): void {
  browserNavigation.assign(LOGIN_PATH)
}
