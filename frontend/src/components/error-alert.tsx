import { describeError } from '@/lib/api/error-message'
import { useI18n } from '@/lib/i18n/i18n'

/** A failed request or action, in words (translated problem `code`, else the server's `detail`). */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n()
  return (
    <div className="alert alert--error" role="alert">
      {title ? <p className="alert__title">{title}</p> : null}
      <p>{describeError(error, t)}</p>
    </div>
  )
}
