import { useI18n } from '@/lib/i18n/i18n'

interface RadioGroupProps<V extends string> {
  /** Prefix for element ids and the radios' shared name; must be unique on the page. */
  id: string
  legend: string
  legendHidden?: boolean
  hint?: string
  options: ReadonlyArray<{ value: V; label: string }>
  /** `''` while nothing is chosen. */
  value: V | ''
  onChange: (value: V) => void
  error?: string
  /** Lay the options out side by side. */
  inline?: boolean
}

/** One choice out of a few, as a fieldset with a legend (arrow keys move between the options). */
export function RadioGroup<V extends string>({
  id,
  legend,
  legendHidden,
  hint,
  options,
  value,
  onChange,
  error,
  inline,
}: RadioGroupProps<V>) {
  const { t } = useI18n()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <fieldset className={error ? 'fieldset field--error' : 'fieldset'} aria-describedby={describedBy}>
      <legend className={legendHidden ? 'visually-hidden' : 'fieldset__legend'}>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <div className={inline ? 'radios radios--inline' : 'radios'}>
        {options.map((option) => {
          const optionId = `${id}-${option.value.toLowerCase()}`
          return (
            <div className="radio" key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
