import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { ProblemAlert } from '@/components/problem-alert'
import { TextField } from '@/components/text-field'
import { ProblemDetailsError } from '@/lib/api/api-errors'
import type { ProblemCodes } from '@/lib/api/problem-text'
import { useI18n } from '@/lib/i18n/i18n'

import { useAsOf } from '../api/get-as-of'
import { instantOf, isFuture, localInputValue } from './moment'
import { WorkspaceThen } from './workspace-then'

/** The moment shown, in the address, so that it can be shared and survives a reload. */
const MOMENT_PARAM = 'tid'

const AS_OF_PROBLEMS: ProblemCodes = {
  'as-of.invalid-time': 'asOf.invalidTime',
  'not-found': 'asOf.notFound',
}

/** `/upphandlingar/:procurementId/som-det-var`: the whole workspace as it was at a chosen moment, read-only. */
export function AsOfPage({ procurementId }: { procurementId: string }) {
  const { t } = useI18n()
  const id = useId()
  const [params, setParams] = useSearchParams()
  // opening the page shows "now" at once; a moment in the address wins
  const [at, setAt] = useState(() => {
    const fromAddress = new Date(params.get(MOMENT_PARAM) ?? '')
    return Number.isNaN(fromAddress.getTime()) ? new Date().toISOString() : fromAddress.toISOString()
  })
  const [input, setInput] = useState(() => localInputValue(new Date(at)))
  const [problem, setProblem] = useState<string | undefined>()
  const asOf = useAsOf(procurementId, at)
  const badTime = asOf.error instanceof ProblemDetailsError && asOf.error.code === 'as-of.invalid-time'
  // after "Visa", the cursor goes to what was found, so that a screen reader starts reading there
  const moveFocus = useRef(false)
  const resultId = `${id}-result`
  useEffect(() => {
    if (moveFocus.current && !asOf.isFetching) {
      moveFocus.current = false
      document.getElementById(resultId)?.focus()
    }
  }, [asOf.isFetching, asOf.data, asOf.error, resultId])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const moment = instantOf(input)
    const found = !moment ? t('asOf.invalidTime') : isFuture(moment) ? t('asOf.future') : undefined
    setProblem(found)
    if (found || !moment) {
      document.getElementById(`${id}-at`)?.focus()
      return
    }
    if (moment.toISOString() === at) {
      document.getElementById(resultId)?.focus()
      return
    }
    moveFocus.current = true
    setAt(moment.toISOString())
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        next.set(MOMENT_PARAM, moment.toISOString())
        return next
      },
      { replace: true },
    )
  }

  return (
    <Page title={t('asOf.title')} lead={t('asOf.lead')}>
      <p className="back-link">
        <Link to={`/upphandlingar/${encodeURIComponent(procurementId)}`}>{t('asOf.back')}</Link>
      </p>
      <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('asOf.chooseMoment')}>
        <TextField
          id={`${id}-at`}
          type="datetime-local"
          step={1}
          label={t('asOf.at')}
          hint={t('asOf.atHint')}
          value={input}
          max={localInputValue(new Date())}
          error={problem ?? (badTime ? t('asOf.invalidTime') : undefined)}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit" className="button">
          {t('asOf.show')}
        </button>
      </form>
      <section id={resultId} tabIndex={-1} className="as-of__result" aria-busy={asOf.isFetching} aria-label={t('asOf.result')}>
        {asOf.isPending ? (
          <Loading />
        ) : asOf.isError ? (
          badTime ? null : <ProblemAlert error={asOf.error} title={t('asOf.loadFailed')} codes={AS_OF_PROBLEMS} />
        ) : asOf.data.procurement === null ? (
          <EmptyState title={t('asOf.notYet')}>
            <p>{t('asOf.notYetHint')}</p>
          </EmptyState>
        ) : (
          <WorkspaceThen asOf={{ ...asOf.data, procurement: asOf.data.procurement }} />
        )}
      </section>
    </Page>
  )
}
