import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react'

import { formatDate, formatDateTime, formatMoment, LOCALES } from './dates'
import { en } from './messages-en'
import { type MessageKey, sv } from './messages-sv'

export type { MessageKey } from './messages-sv'

export const LANGUAGES = ['sv', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'sv'
export const LANGUAGE_STORAGE_KEY = 'inkopsstod.language'

export type TranslationParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: TranslationParams) => string

const dictionaries: Record<Language, Record<MessageKey, string>> = { sv, en }
const locales: Record<Language, string> = LOCALES

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE // storage blocked: Swedish
  }
}

const pluralRules: Record<Language, Intl.PluralRules> = {
  sv: new Intl.PluralRules(locales.sv),
  en: new Intl.PluralRules(locales.en),
}

/** The text from `open` (an opening brace) to its matching closing brace, and the index after it. */
function braced(template: string, open: number): { body: string; end: number } | null {
  let depth = 0
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++
    else if (template[i] === '}' && --depth === 0) return { body: template.slice(open + 1, i), end: i + 1 }
  }
  return null
}

/**
 * Chooses the branch of `{name, plural, =0 {…} one {…} other {…}}` for the number in `params[name]`
 * (an exact `=n` first, then the language's plural category, then `other`); `#` in the branch is
 * the number as given. A message with a malformed or unmatched plural is left as it is, so it shows.
 */
function plurals(language: Language, template: string, params: TranslationParams): string {
  const start = /\{(\w+),\s*plural,/g
  let result = ''
  let from = 0
  for (let match = start.exec(template); match; match = start.exec(template)) {
    const whole = braced(template, match.index)
    const value = params[match[1]!]
    if (!whole || value === undefined) continue
    const branches: Record<string, string> = {}
    const body = whole.body.slice(match[0].length - 1)
    for (let at = 0; ; ) {
      const selector = /^\s*(=\d+|\w+)\s*\{/.exec(body.slice(at))
      const branch = selector ? braced(body, at + selector[0].length - 1) : null
      if (!selector || !branch) break
      branches[selector[1]!] = branch.body
      at = branch.end
    }
    const count = Number(typeof value === 'number' ? value : String(value).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'))
    const chosen = branches[`=${count}`] ?? branches[pluralRules[language].select(count)] ?? branches.other
    if (chosen === undefined) continue
    result += template.slice(from, match.index) + chosen.replace(/#/g, String(value))
    from = whole.end
    start.lastIndex = whole.end
  }
  return result + template.slice(from)
}

/**
 * Replaces `{name}` placeholders and chooses plural forms (`{count, plural, one {# fråga} other {# frågor}}`);
 * unknown placeholders stay visible so that mistakes show.
 */
export function translate(language: Language, key: MessageKey, params?: TranslationParams): string {
  const template = dictionaries[language][key]
  if (!params) return template
  return plurals(language, template, params).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    params[name] === undefined ? placeholder : String(params[name]),
  )
}

export interface I18n {
  language: Language
  setLanguage: (language: Language) => void
  t: Translate
  /** A moment as "15 feb. 2027 12:00" (see ./dates). */
  formatDateTime: (iso: string) => string
  /** Like formatDateTime, with the seconds when the moment has any ("as of" a moment to the second). */
  formatMoment: (iso: string) => string
  /** A calendar date ("2027-02-09", as the API sends dates without time) as "9 feb. 2027", never shifted a day; anything else as given. */
  formatDate: (isoDate: string) => string
  formatNumber: (value: number) => string
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage)

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next)
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next)
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  }, [])

  const value = useMemo<I18n>(() => {
    const number = new Intl.NumberFormat(locales[language])
    return {
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      formatDateTime: (iso) => formatDateTime(language, iso),
      formatMoment: (iso) => formatMoment(language, iso),
      formatDate: (isoDate) => formatDate(language, isoDate),
      formatNumber: (value) => number.format(value),
    }
  }, [language, setLanguage])

  return <I18nContext value={value}>{children}</I18nContext>
}

export function useI18n(): I18n {
  const i18n = use(I18nContext)
  if (!i18n) throw new Error('useI18n needs an I18nProvider')
  return i18n
}
