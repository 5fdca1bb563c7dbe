import { type Language, LANGUAGES, useI18n } from '@/lib/i18n/i18n'

const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' }

/** Each language is named in itself (and marked up in it), so it can be found whatever is chosen. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n()
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  )
}
