import { type FormEvent, useId, useState } from 'react'
import { Link } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { TextField } from '@/components/text-field'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import { useAsOf } from '../api/as-of'

/** NEEDS_ANALYSIS → phase.needsAnalysis (the phase names the app already has). */
function phaseKey(phase: string): MessageKey {
  return `phase.${phase.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}` as MessageKey
}

/** "2026-11-22T14:05" in the browser's time zone, for a datetime-local input. */
function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000)
  return shifted.toISOString().slice(0, 16)
}

/** `/upphandlingar/:procurementId/som-det-var`: the whole workspace as it was at a chosen moment, read-only. */
export function AsOfPage({ procurementId }: { procurementId: string }) {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const [input, setInput] = useState(() => localInputValue(new Date()))
  const [at, setAt] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | undefined>()
  const asOf = useAsOf(procurementId, at)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const moment = new Date(input)
    if (!input || Number.isNaN(moment.getTime())) {
      setProblem(t('asOf.invalidTime'))
      return
    }
    setProblem(undefined)
    setAt(moment.toISOString())
  }

  return (
    <Page title={t('asOf.title')} lead={t('asOf.lead')}>
      <p className="back-link">
        <Link to={`/upphandlingar/${encodeURIComponent(procurementId)}`}>{t('asOf.back')}</Link>
      </p>
      <form className="form form--inline" onSubmit={submit} noValidate>
        <TextField id={`${id}-at`} type="datetime-local" label={t('asOf.at')} value={input} error={problem} onChange={(e) => setInput(e.target.value)} />
        <button type="submit" className="button">
          {t('asOf.show')}
        </button>
      </form>
      {at === null ? null : asOf.isPending ? (
        <Loading />
      ) : asOf.isError ? (
        <ErrorAlert error={asOf.error} title={t('asOf.loadFailed')} />
      ) : asOf.data.procurement === null ? (
        <EmptyState title={t('asOf.notYet')} />
      ) : (
        <section className="panel" aria-labelledby={`${id}-heading`} data-testid="as-of">
          <h2 id={`${id}-heading`}>{t('asOf.heading', { time: formatDateTime(asOf.data.at) })}</h2>
          <p>
            <strong>{asOf.data.procurement.title}</strong> · {t('asOf.phase')}:{' '}
            {t(phaseKey(asOf.data.procurement.phase))}
          </p>
          <h3>{t('asOf.needs', { count: asOf.data.needs.length })}</h3>
          <ul>
            {asOf.data.needs.map((need) => (
              <li key={need.id}>
                {need.content.statement} <span className="card__meta">(v{need.version})</span>
              </li>
            ))}
          </ul>
          <h3>{t('asOf.requirements', { count: asOf.data.requirements.length })}</h3>
          <ul>
            {asOf.data.requirements.map((r) => (
              <li key={r.id}>
                {r.content.text}{' '}
                <span className="card__meta">
                  ({t(`requirements.kind.${r.content.kind}` as MessageKey)}
                  {r.content.weight != null ? `, ${r.content.weight}` : ''}, v{r.version})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  )
}
