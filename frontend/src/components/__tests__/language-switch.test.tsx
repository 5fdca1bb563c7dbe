import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { I18nProvider, LANGUAGE_STORAGE_KEY, useI18n } from '@/lib/i18n/i18n'

import { LanguageSwitch } from '../language-switch'

function Probe() {
  const { t } = useI18n()
  return <p data-testid="probe">{t('header.logout')}</p>
}

function renderSwitch() {
  return render(
    <I18nProvider>
      <LanguageSwitch />
      <Probe />
    </I18nProvider>,
  )
}

describe('LanguageSwitch', () => {
  it('starts in Swedish', () => {
    renderSwitch()

    expect(screen.getByTestId('probe')).toHaveTextContent('Logga ut')
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false')
    expect(screen.getByRole('group', { name: 'Språk' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('sv')
  })

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup()
    renderSwitch()

    await user.click(screen.getByRole('button', { name: 'English' }))

    expect(screen.getByTestId('probe')).toHaveTextContent('Log out')
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement.lang).toBe('en')
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en')

    await user.click(screen.getByRole('button', { name: 'Svenska' }))

    expect(screen.getByTestId('probe')).toHaveTextContent('Logga ut')
    expect(document.documentElement.lang).toBe('sv')
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('sv')
  })

  it('uses the remembered language on the next visit', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en')

    renderSwitch()

    expect(screen.getByTestId('probe')).toHaveTextContent('Log out')
    expect(document.documentElement.lang).toBe('en')
  })

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon')

    renderSwitch()

    expect(screen.getByTestId('probe')).toHaveTextContent('Logga ut')
  })

  it('names each language in that language', () => {
    renderSwitch()

    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('lang', 'sv')
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en')
  })
})
