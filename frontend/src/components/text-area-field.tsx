import type { TextareaHTMLAttributes } from 'react'

import { useI18n } from '@/lib/i18n/i18n'

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> {
  id: string
  label: string
  hint?: string
  error?: string
}

/** A multi-line text field; label, hint and error as {@link TextField}. */
export function TextAreaField({ id, label, hint, error, className, rows = 3, ...textarea }: TextAreaFieldProps) {
  const { t } = useI18n()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
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
      <textarea
        id={id}
        rows={rows}
        className={className ? `field__input field__textarea ${className}` : 'field__input field__textarea'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
    </div>
  )
}
