import { useI18n } from '@/lib/i18n/i18n'

interface CheckboxGroupProps<V extends string> {
  /** Prefix for element ids; must be unique on the page. */
  id: string
  legend: string
  /** Hide the legend visually (it is still read out), e.g. inside a table row. */
  legendHidden?: boolean
  options: ReadonlyArray<{ value: V; label: string }>
  selected: readonly V[]
  onChange: (selected: V[]) => void
  error?: string
  disabled?: boolean
}

export function CheckboxGroup<V extends string>({
  id,
  legend,
  legendHidden,
  options,
  selected,
  onChange,
  error,
  disabled,
}: CheckboxGroupProps<V>) {
  const { t } = useI18n()
  const errorId = error ? `${id}-error` : undefined
  const toggle = (value: V, checked: boolean) => {
    // keep the order of `options`, whatever order the boxes were clicked in
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : selected.includes(v))))
  }
  return (
    <fieldset className={error ? 'fieldset field--error' : 'fieldset'} aria-describedby={errorId} disabled={disabled}>
      <legend className={legendHidden ? 'visually-hidden' : 'fieldset__legend'}>{legend}</legend>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <div className="checkboxes">
        {options.map((option) => {
          const optionId = `${id}-${option.value.toLowerCase()}`
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                id={optionId}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
