import { type FormEvent, useId, useState } from 'react'

import { useConfirmation } from '@/components/confirm-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { organisationNumberProblem } from '@/lib/numbers'

import { useExtendDeadline } from '../api/extend-deadline'
import { useInvited } from '../api/get-invited'
import { usePublication } from '../api/get-publication'
import { useVendorDirectory } from '../api/get-vendor-directory'
import { useInvite } from '../api/invite-vendor'
import { type PublishRequest, usePublish } from '../api/publish-tender'
import { useWithdrawInvitation } from '../api/withdraw-invitation'

/** The buyer's side of vendors: who is invited, and publishing the tender with its dates and model. */
export function VendorsPanel({ procurementId }: { procurementId: string }) {
  const { t, formatDateTime, formatDate } = useI18n()
  const id = useId()
  const isBuyer = hasRole(useCurrentPerson(), 'BUYER')
  const invited = useInvited(procurementId)
  const publication = usePublication(procurementId)
  const [status, setStatus] = useState<string | null>(null)

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="vendors-panel">
      <h2 id={`${id}-heading`}>{t('tendering.invited')}</h2>
      <LiveStatus message={status} />
      {invited.isPending ? (
        <Loading />
      ) : invited.isError ? (
        <ErrorAlert error={invited.error} />
      ) : invited.data.length === 0 ? (
        <p>{t('tendering.noneInvited')}</p>
      ) : (
        <ul data-testid="invited-vendors">
          {invited.data.map((v) => (
            <li key={v.vendorOrganisationId}>
              {v.name} ({v.organisationNumber}) · {formatDateTime(v.invitedAt)}{' '}
              {/* once published, invitations stand (the server refuses a withdrawal for every vendor alike) */}
              {isBuyer && publication.isSuccess && !publication.data ? (
                <WithdrawButton procurementId={procurementId} vendorId={v.vendorOrganisationId} name={v.name} onDone={setStatus} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {isBuyer ? <InviteForm procurementId={procurementId} onDone={setStatus} /> : null}
      {isBuyer ? <NewVendorForm procurementId={procurementId} onDone={setStatus} /> : null}
      <h2>{t('tendering.publishHeading')}</h2>
      {publication.isPending ? (
        <Loading />
      ) : publication.isError ? (
        <ErrorAlert error={publication.error} />
      ) : publication.data ? (
        <>
          <p className="notice notice--success" data-testid="publication">
            {t('tendering.published', {
              at: formatDateTime(publication.data.publishedAt),
              deadline: formatDateTime(publication.data.tenderDeadline),
              answersDueBy: formatDate(publication.data.answersDueBy),
            })}
          </p>
          {isBuyer ? <ExtendForm procurementId={procurementId} onDone={() => setStatus(t('tendering.extended'))} /> : null}
        </>
      ) : isBuyer ? (
        <PublishForm procurementId={procurementId} onDone={() => setStatus(t('tendering.publishedDone'))} />
      ) : null}
    </section>
  )
}

function WithdrawButton({ procurementId, vendorId, name, onDone }: { procurementId: string; vendorId: string; name: string; onDone: (m: string) => void }) {
  const { t } = useI18n()
  const withdraw = useWithdrawInvitation(procurementId)
  return (
    <>
      <button type="button" className="button button--link" onClick={() => withdraw.mutate(vendorId, { onSuccess: () => onDone(t('tendering.withdrawn')) })}>
        {t('tendering.withdraw', { name })}
      </button>
      {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
    </>
  )
}

function InviteForm({ procurementId, onDone }: { procurementId: string; onDone: (m: string) => void }) {
  const { t } = useI18n()
  const id = useId()
  const directory = useVendorDirectory()
  const invite = useInvite(procurementId)
  const [vendor, setVendor] = useState('')
  return (
    <form
      className="form form--inline"
      onSubmit={(event) => {
        event.preventDefault()
        if (!vendor) return
        const name = directory.data?.find((v) => v.id === vendor)?.name ?? ''
        invite.mutate({ vendorOrganisationId: vendor }, { onSuccess: () => { setVendor(''); onDone(t('tendering.invitedDone', { name })) } })
      }}
    >
      <SelectField
        id={`${id}-vendor`}
        label={t('tendering.invite')}
        placeholder={t('tendering.chooseVendor')}
        options={(directory.data ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.organisationNumber})` }))}
        value={vendor}
        onChange={(e) => setVendor(e.target.value)}
      />
      <button type="submit" className="button" disabled={!vendor || invite.isPending}>
        {t('tendering.inviteButton')}
      </button>
      {invite.isError ? <ErrorAlert error={invite.error} /> : null}
    </form>
  )
}

function ExtendForm({ procurementId, onDone }: { procurementId: string; onDone: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const extend = useExtendDeadline(procurementId)
  const [date, setDate] = useState('')
  const [time, setTime] = useState('12:00')
  return (
    <form
      className="form form--inline"
      onSubmit={(e) => {
        e.preventDefault()
        if (date) extend.mutate({ tenderDeadline: new Date(`${date}T${time || '12:00'}`).toISOString() }, { onSuccess: onDone })
      }}
    >
      <TextField id={`${id}-date`} type="date" label={t('tendering.newDeadline')} value={date} onChange={(e) => setDate(e.target.value)} />
      <TextField id={`${id}-time`} type="time" label={t('tendering.deadlineTime')} value={time} onChange={(e) => setTime(e.target.value)} />
      <button type="submit" className="button button--secondary" disabled={!date || extend.isPending}>
        {t('tendering.extend')}
      </button>
      {extend.isError ? <ErrorAlert error={extend.error} /> : null}
    </form>
  )
}

function NewVendorForm({ procurementId, onDone }: { procurementId: string; onDone: (m: string) => void }) {
  const { t } = useI18n()
  const id = useId()
  const invite = useInvite(procurementId)
  const empty = { name: '', organisationNumber: '', contactName: '', contactEmail: '' }
  const [vendor, setVendor] = useState(empty)
  const [problems, setProblems] = useState<Record<string, string>>({})
  const serverErrors = fieldErrorsOf(invite.error, t)
  const field = (key: keyof typeof empty, label: MessageKey, type = 'text') => (
    <TextField
      id={`${id}-${key}`}
      type={type}
      label={t(label)}
      value={vendor[key]}
      error={problems[key] ?? serverErrors[`newVendor.${key}`] ?? (key === 'contactEmail' ? serverErrors.email : undefined)}
      onChange={(e) => setVendor({ ...vendor, [key]: e.target.value })}
    />
  )
  return (
    <details className="new-vendor">
      <summary>{t('tendering.newVendor')}</summary>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          const found: Record<string, string> = Object.fromEntries(
            Object.entries(vendor).filter(([, v]) => !v.trim()).map(([k]) => [k, t('form.required')]),
          )
          const numberProblem = found.organisationNumber ? null : organisationNumberProblem(vendor.organisationNumber)
          if (numberProblem) found.organisationNumber = t(numberProblem)
          setProblems(found)
          if (Object.keys(found).length === 0) {
            invite.mutate({ newVendor: vendor }, { onSuccess: () => { onDone(t('tendering.invitedDone', { name: vendor.name })); setVendor(empty) } })
          }
        }}
      >
        <p className="card__meta">{t('tendering.newVendorHint')}</p>
        {field('name', 'tendering.newVendorName')}
        {field('organisationNumber', 'tendering.newVendorNumber')}
        {field('contactName', 'tendering.newVendorContact')}
        {field('contactEmail', 'tendering.newVendorEmail', 'email')}
        {invite.isError && Object.keys(serverErrors).length === 0 ? <ErrorAlert error={invite.error} /> : null}
        <button type="submit" className="button button--secondary" disabled={invite.isPending}>
          {t('tendering.inviteNew')}
        </button>
      </form>
    </details>
  )
}

function PublishForm({ procurementId, onDone }: { procurementId: string; onDone: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const publish = usePublish(procurementId)
  const [date, setDate] = useState('')
  const [time, setTime] = useState('12:00')
  const [lastQuestionDay, setLastQuestionDay] = useState('')
  const [model, setModel] = useState<PublishRequest['evaluationModel']>('LOWEST_PRICE')
  const [qualityValue, setQualityValue] = useState('')
  const [accelerated, setAccelerated] = useState(false)
  const [problems, setProblems] = useState<Record<string, string>>({})
  const { ask, dialog } = useConfirmation()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!date) found.tenderDeadline = t('form.required')
    if (!lastQuestionDay) found.lastQuestionDay = t('form.required')
    if (model === 'PRICE_AND_QUALITY' && !qualityValue) found.qualityValueSek = t('form.required')
    setProblems(found)
    if (Object.keys(found).length > 0) return
    ask(
      {
        title: t('tendering.publishConfirmTitle'),
        text: t('tendering.publishConfirmText'),
        confirmLabel: t('tendering.publishConfirmYes'),
        testId: 'confirm-publish',
      },
      () =>
        publish.mutate(
      {
        tenderDeadline: new Date(`${date}T${time || '12:00'}`).toISOString(),
        lastQuestionDay,
        evaluationModel: model,
        qualityValueSek: model === 'PRICE_AND_QUALITY' ? Number(qualityValue) : null,
        accelerated,
      },
      { onSuccess: onDone },
        ),
    )
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('tendering.publishLead')}</p>
      <div className="form--inline">
        <TextField id={`${id}-date`} type="date" label={t('tendering.deadline')} value={date} error={problems.tenderDeadline} onChange={(e) => setDate(e.target.value)} />
        <TextField id={`${id}-time`} type="time" label={t('tendering.deadlineTime')} value={time} onChange={(e) => setTime(e.target.value)} />
        <TextField id={`${id}-questions`} type="date" label={t('tendering.lastQuestionDay')} value={lastQuestionDay} error={problems.lastQuestionDay} onChange={(e) => setLastQuestionDay(e.target.value)} />
      </div>
      <SelectField
        id={`${id}-model`}
        label={t('tendering.model')}
        options={(['LOWEST_PRICE', 'PRICE_AND_QUALITY'] as const).map((m) => ({ value: m, label: t(`tendering.model.${m}` as MessageKey) }))}
        value={model}
        onChange={(e) => setModel(e.target.value as PublishRequest['evaluationModel'])}
      />
      {model === 'PRICE_AND_QUALITY' ? (
        <TextField
          id={`${id}-quality`}
          label={t('tendering.qualityValue')}
          inputMode="numeric"
          value={qualityValue}
          error={problems.qualityValueSek}
          onChange={(e) => setQualityValue(e.target.value.replace(/[^\d]/g, ''))}
        />
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={accelerated} onChange={(e) => setAccelerated(e.target.checked)} /> {t('tendering.accelerated')}
      </label>
      {publish.isError ? <ErrorAlert error={publish.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={publish.isPending}>
          {t('tendering.publish')}
        </button>
      </div>
      {dialog}
    </form>
  )
}
