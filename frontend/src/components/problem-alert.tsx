import { describeProblem, type ProblemCodes } from '@/lib/api/problem-text'
import { useI18n } from '@/lib/i18n/i18n'

/**
 * Like {@link ErrorAlert}, for features that put some problem codes in their own words
 * (e.g. `template.retired`); any other error reads as ErrorAlert would say it.
 */
export function ProblemAlert({ error, title, codes }: { error: unknown; title?: string; codes?: ProblemCodes }) {
  const { t } = useI18n()
  return (
    <div className="alert alert--error" role="alert">
      {title ? <p className="alert__title">{title}</p> : null}
      <p>{describeProblem(error, t, codes)}</p>
    </div>
  )
}
