import { type FormEvent, useDeferredValue, useId, useState } from 'react'
import { Link, useSearchParams } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { useProcessMap, useProcessMapLabels } from '@/lib/process-map/get-process-map'

import {
  CATEGORIES,
  type Category,
  KINDS,
  type Kind,
  type LibrarySearch,
  type Template,
  useAddTemplateToProcurement,
  useLibrary,
  useMyProcurements,
  useRetireTemplate,
  useSaveTemplate,
} from '../api/library'
import { TemplateForm } from './template-form'

/** `/bibliotek`: the shared requirement library. Buyers add templates to their procurements; association staff curate. */
export function LibraryPage() {
  const { t } = useI18n()
  const id = useId()
  const person = useCurrentPerson()
  const isBuyer = hasRole(person, 'BUYER')
  const isStaff = hasRole(person, 'ASSOCIATION_STAFF')
  const processMap = useProcessMap()
  const [search, setSearch] = useState<LibrarySearch>({ q: '', category: '', kind: '', process: '', includeRetired: false })
  // typing stays responsive; the query follows the deferred value
  const deferred = useDeferredValue(search)
  const library = useLibrary(deferred)
  const [status, setStatus] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const save = useSaveTemplate()

  return (
    <Page title={t('library.title')} lead={t('library.lead')}>
      <LiveStatus message={status} />
      {isStaff ? (
        <div className="panel">
          <button type="button" className="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>
            {t('library.newTemplate')}
          </button>
          {creating ? (
            <TemplateForm
              pending={save.isPending}
              error={save.error}
              onCancel={() => setCreating(false)}
              onSubmit={(content) =>
                save.mutate(
                  { content },
                  {
                    onSuccess: (saved) => {
                      setCreating(false)
                      setStatus(t('library.saved', { revision: saved.revision }))
                    },
                  },
                )
              }
            />
          ) : null}
        </div>
      ) : null}
      <div className="filters" role="search">
        <TextField
          id={`${id}-q`}
          type="search"
          label={t('library.search')}
          value={search.q}
          onChange={(e) => setSearch({ ...search, q: e.target.value })}
        />
        <SelectField
          id={`${id}-category`}
          label={t('library.category')}
          options={[{ value: '', label: t('library.all') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`requirements.category.${c}` as MessageKey) }))]}
          value={search.category}
          onChange={(e) => setSearch({ ...search, category: e.target.value as Category | '' })}
        />
        <SelectField
          id={`${id}-kind`}
          label={t('library.kind')}
          options={[{ value: '', label: t('library.all') }, ...KINDS.map((k) => ({ value: k, label: t(`requirements.kind.${k}` as MessageKey) }))]}
          value={search.kind}
          onChange={(e) => setSearch({ ...search, kind: e.target.value as Kind | '' })}
        />
        <SelectField
          id={`${id}-process`}
          label={t('library.process')}
          options={[
            { value: '', label: t('library.all') },
            ...(processMap.data?.schoolProcesses ?? []).map((p) => ({ value: p.id, label: p.sv })),
          ]}
          value={search.process}
          onChange={(e) => setSearch({ ...search, process: e.target.value })}
        />
        {isStaff ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={search.includeRetired}
              onChange={(e) => setSearch({ ...search, includeRetired: e.target.checked })}
            />{' '}
            {t('library.includeRetired')}
          </label>
        ) : null}
      </div>
      {library.isPending ? (
        <Loading />
      ) : library.isError ? (
        <ErrorAlert error={library.error} title={t('library.loadFailed')} />
      ) : library.data.length === 0 ? (
        <EmptyState title={t('library.none')} />
      ) : (
        <>
          <p aria-live="polite" data-testid="library-count">
            {t('library.count', { count: library.data.length })}
          </p>
          <ol className="library-list">
            {library.data.map((template) => (
              <li key={template.id}>
                <TemplateCard template={template} canAdd={isBuyer} canCurate={isStaff} onStatus={setStatus} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Page>
  )
}

function TemplateCard({
  template,
  canAdd,
  canCurate,
  onStatus,
}: {
  template: Template
  canAdd: boolean
  canCurate: boolean
  onStatus: (message: string) => void
}) {
  const { t, language } = useI18n()
  const labels = useProcessMapLabels()
  const [revising, setRevising] = useState(false)
  const [retiring, setRetiring] = useState(false)
  const save = useSaveTemplate()
  const title = language === 'en' && template.titleEn ? template.titleEn : template.titleSv

  return (
    <article className="requirement-card" data-testid="template-card" aria-label={title}>
      <h2 className="h3">{title}</h2>
      <p className="card__tags">
        <span className={`tag ${template.kind === 'MANDATORY' ? 'tag--strong' : ''}`}>{t(`requirements.kind.${template.kind}` as MessageKey)}</span>{' '}
        <span className="tag">{t(`requirements.category.${template.category}` as MessageKey)}</span>{' '}
        {template.retired ? <span className="tag">{t('library.retired')}</span> : null}
      </p>
      <p className="requirement-card__text">{template.text}</p>
      <dl className="summary-list summary-list--compact">
        {template.verificationMethod ? (
          <div className="summary-list__row">
            <dt>{t('library.field.verificationMethod')}</dt>
            <dd>{template.verificationMethod}</dd>
          </div>
        ) : null}
        {template.references.length > 0 ? (
          <div className="summary-list__row">
            <dt>{t('library.references')}</dt>
            <dd>{template.references.join('; ')}</dd>
          </div>
        ) : null}
        {template.schoolProcesses.length > 0 ? (
          <div className="summary-list__row">
            <dt>{t('library.process')}</dt>
            <dd>{template.schoolProcesses.map((p) => labels.schoolProcess(p)).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      <p className="card__meta">
        {t('library.revision', { revision: template.revision })} · {t('library.usage', { count: template.usageCount })}
        {template.defaultWeight != null ? ` · ${t('library.defaultWeight', { weight: template.defaultWeight })}` : ''}
      </p>
      {canAdd && !template.retired ? <AddToProcurement template={template} title={title} onStatus={onStatus} /> : null}
      {canCurate && !template.retired ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setRevising(!revising)}>
            {t('library.revise')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRetiring(!retiring)}>
            {t('library.retire')}
          </button>
        </div>
      ) : null}
      {revising ? (
        <TemplateForm
          initial={template}
          pending={save.isPending}
          error={save.error}
          onCancel={() => setRevising(false)}
          onSubmit={(content) =>
            save.mutate(
              { templateId: template.id, content },
              {
                onSuccess: (saved) => {
                  setRevising(false)
                  onStatus(t('library.saved', { revision: saved.revision }))
                },
              },
            )
          }
        />
      ) : null}
      {retiring ? <RetireForm template={template} onDone={() => { setRetiring(false); onStatus(t('library.retiredDone')) }} /> : null}
    </article>
  )
}

function AddToProcurement({ template, title, onStatus }: { template: Template; title: string; onStatus: (m: string) => void }) {
  const { t } = useI18n()
  const id = useId()
  const [params] = useSearchParams()
  const procurements = useMyProcurements(true)
  const add = useAddTemplateToProcurement()
  const [procurementId, setProcurementId] = useState(params.get('upphandling') ?? '')
  const [added, setAdded] = useState<{ id: string; title: string } | null>(null)
  const open = (procurements.data ?? []).filter((p) => !['AWARDED', 'IMPLEMENTATION', 'FOLLOW_UP', 'CLOSED'].includes(p.phase))

  if (procurements.isSuccess && open.length === 0) return <p className="card__meta">{t('library.noProcurements')}</p>

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!procurementId) return
    add.mutate(
      { procurementId, templateId: template.id },
      {
        onSuccess: () => {
          const chosen = open.find((p) => p.id === procurementId)
          setAdded({ id: procurementId, title: chosen?.title ?? '' })
          onStatus(t('library.added', { title: chosen?.title ?? title }))
        },
      },
    )
  }

  return (
    <form className="form form--inline" onSubmit={submit}>
      <SelectField
        id={`${id}-procurement`}
        label={t('library.addTo')}
        placeholder={t('library.chooseProcurement')}
        options={open.map((p) => ({ value: p.id, label: p.title }))}
        value={procurementId}
        onChange={(e) => setProcurementId(e.target.value)}
      />
      <button type="submit" className="button" disabled={!procurementId || add.isPending}>
        {add.isPending ? t('common.saving') : t('library.add')}
      </button>
      {add.isError ? <ErrorAlert error={add.error} /> : null}
      {added ? (
        <p role="status">
          {t('library.added', { title: added.title })}{' '}
          <Link to={`/upphandlingar/${encodeURIComponent(added.id)}?flik=krav`}>{t('library.toWorkspace')}</Link>
        </p>
      ) : null}
    </form>
  )
}

function RetireForm({ template, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const retire = useRetireTemplate()
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault()
        if (!reason.trim()) {
          setProblem(t('form.required'))
          return
        }
        retire.mutate({ templateId: template.id, reason: reason.trim() }, { onSuccess: onDone })
      }}
      noValidate
    >
      <TextAreaField id={`${id}-reason`} label={t('library.retireReason')} value={reason} error={problem} onChange={(e) => setReason(e.target.value)} />
      {retire.isError ? <ErrorAlert error={retire.error} /> : null}
      <button type="submit" className="button" disabled={retire.isPending}>
        {t('library.confirmRetire')}
      </button>
    </form>
  )
}
