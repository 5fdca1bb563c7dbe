import { useId, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { useConfirmation } from '@/components/confirm-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { useAppointOpeners } from '../api/appoint-openers'
import { useConfirmOpening } from '../api/confirm-opening'
import { type Opening, useOpening } from '../api/get-opening'

/**
 * The tender opening: while sealed, who opens the tenders and who has confirmed (a buyer appoints
 * at least two openers; each confirms after the deadline); once opened, the opening record.
 */
export function OpeningSection({ procurementId }: { procurementId: string }) {
  const { t } = useI18n()
  const id = useId()
  const opening = useOpening(procurementId, true)
  return (
    <section aria-labelledby={`${id}-heading`} data-testid="opening">
      <h3 id={`${id}-heading`}>{opening.data?.openedAt ? t('opening.record') : t('opening.title')}</h3>
      {opening.isPending ? (
        <Loading />
      ) : opening.isError ? (
        <ErrorAlert error={opening.error} />
      ) : opening.data.openedAt ? (
        <OpeningRecord opening={opening.data} />
      ) : (
        <Sealed procurementId={procurementId} opening={opening.data} />
      )}
    </section>
  )
}

function Sealed({ procurementId, opening }: { procurementId: string; opening: Opening }) {
  const { t, formatDateTime } = useI18n()
  const me = useCurrentPerson()
  const mine = opening.openers.find((o) => o.personId === me.id)
  return (
    <>
      <p className="notice notice--warning" data-testid="sealed">
        {opening.deadlinePassed ? t('opening.sealedNow') : t('opening.sealedUntil', { deadline: formatDateTime(opening.tenderDeadline) })}
      </p>
      {opening.openers.length === 0 ? (
        <p>{t('opening.noOpeners')}</p>
      ) : (
        <>
          <h4>{t('opening.openers')}</h4>
          <ul className="team-list" data-testid="openers">
            {opening.openers.map((opener) => (
              <li key={opener.personId}>
                {opener.name} –{' '}
                {opener.confirmedAt ? t('opening.confirmedAt', { time: formatDateTime(opener.confirmedAt) }) : t('opening.waiting')}
              </li>
            ))}
          </ul>
        </>
      )}
      {mine && opening.deadlinePassed ? (
        mine.confirmedAt ? (
          <p className="notice">{t('opening.youConfirmed')}</p>
        ) : (
          <ConfirmOpening procurementId={procurementId} opening={opening} />
        )
      ) : null}
      {hasRole(me, 'BUYER') ? <AppointOpeners procurementId={procurementId} opening={opening} /> : null}
    </>
  )
}

function AppointOpeners({ procurementId, opening }: { procurementId: string; opening: Opening }) {
  const { t } = useI18n()
  const id = useId()
  const appoint = useAppointOpeners(procurementId)
  const [selected, setSelected] = useState<string[]>(opening.openers.map((o) => o.personId))
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault()
        if (selected.length >= 2) appoint.mutate({ openers: selected })
      }}
    >
      <CheckboxGroup
        id={`${id}-openers`}
        legend={t('opening.appointLegend')}
        options={opening.candidates.map((c) => ({ value: c.personId, label: c.name }))}
        selected={selected}
        onChange={setSelected}
      />
      <p className="card__meta">{t('opening.appointHint')}</p>
      {appoint.isError ? <ErrorAlert error={appoint.error} /> : null}
      <button type="submit" className="button button--secondary" disabled={appoint.isPending || selected.length < 2}>
        {t('opening.appoint')}
      </button>
    </form>
  )
}

function ConfirmOpening({ procurementId, opening }: { procurementId: string; opening: Opening }) {
  const { t } = useI18n()
  const me = useCurrentPerson()
  const confirm = useConfirmOpening(procurementId)
  const { ask, dialog } = useConfirmation()
  const others = opening.openers.filter((o) => o.personId !== me.id).map((o) => o.name)
  const confirmation = {
    title: t('opening.confirmTitle'),
    text: t('opening.confirmText', { others: others.join(', ') }),
    confirmLabel: t('opening.confirmYes'),
    testId: 'confirm-opening',
  }
  return (
    <>
      <button type="button" className="button" onClick={() => ask(confirmation, () => confirm.mutate(undefined))} disabled={confirm.isPending}>
        {t('opening.confirm')}
      </button>
      {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
      {dialog}
    </>
  )
}

function OpeningRecord({ opening }: { opening: Opening }) {
  const { t, formatDateTime, formatNumber } = useI18n()
  const openers = opening.openers.filter((o) => o.confirmedAt).map((o) => o.name)
  return (
    <div data-testid="opening-record">
      <p>
        {t('opening.recordMeta', {
          openedAt: formatDateTime(opening.openedAt ?? ''),
          openers: openers.join(', '),
          deadline: formatDateTime(opening.tenderDeadline),
        })}
      </p>
      {opening.record.length === 0 ? (
        <p>{t('opening.noTenders')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('opening.recordCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('opening.recordCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('opening.vendor')}</th>
                <th scope="col">{t('opening.submittedAt')}</th>
                <th scope="col">{t('opening.price')}</th>
              </tr>
            </thead>
            <tbody>
              {opening.record.map((line) => (
                <tr key={line.vendorOrganisationId}>
                  <th scope="row">{line.vendorName}</th>
                  <td>{formatDateTime(line.submittedAt)}</td>
                  <td>{formatNumber(line.priceSek)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('opening.print')}
      </button>
    </div>
  )
}
