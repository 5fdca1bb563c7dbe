import { type ReactNode, useId, useRef, useState } from 'react'

import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import type { ProcurementLine } from '../api/get-procurements-for-library'
import type { Template } from '../api/get-templates'
import { AddToProcurementForm } from './add-to-procurement-form'
import { CATEGORY_LABELS, KIND_LABELS, titleOf } from './labels'
import { RetireTemplateForm } from './retire-template-form'
import { TemplateForm } from './template-form'

interface TemplateCardProps {
  template: Template
  /** For buyers: the procurements the template can be added to; absent for everyone else. */
  procurements?: readonly ProcurementLine[]
  preselectedProcurement: string
  canCurate: boolean
  onStatus: (message: string) => void
  /** After retiring: the card may leave the list, so focus has to go somewhere else. */
  onRetired: () => void
}

type Action = 'revise' | 'retire' | null

export function TemplateCard({ template, procurements, preselectedProcurement, canCurate, onStatus, onRetired }: TemplateCardProps) {
  const { t, language } = useI18n()
  const id = useId()
  const processes = useProcessMapLabels()
  const [action, setAction] = useState<Action>(null)
  const reviseButton = useRef<HTMLButtonElement>(null)
  const retireButton = useRef<HTMLButtonElement>(null)
  const title = titleOf(template, language)

  const close = (from: Action) => {
    setAction(null)
    ;(from === 'retire' ? retireButton : reviseButton).current?.focus()
  }
  const toggle = (next: Exclude<Action, null>) => (action === next ? close(next) : setAction(next))

  return (
    <article className="requirement-card" data-testid="template-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="card__tags">
        <span className={template.kind === 'MANDATORY' ? 'tag tag--strong' : 'tag'}>{t(KIND_LABELS[template.kind])}</span>{' '}
        <span className="tag">{t(CATEGORY_LABELS[template.category])}</span>{' '}
        {template.retired ? <span className="tag tag--retired">{t('library.retired')}</span> : null}
      </p>
      <p className="requirement-card__text">{template.text}</p>
      <dl className="summary-list summary-list--compact">
        {template.defaultWeight != null ? (
          <Row label={t('library.field.defaultWeight')}>{template.defaultWeight}</Row>
        ) : null}
        {template.verificationMethod ? <Row label={t('library.field.verificationMethod')}>{template.verificationMethod}</Row> : null}
        {template.references.length > 0 ? (
          <Row label={t('library.references')}>
            <ul className="inline-list">
              {template.references.map((reference) => (
                <li key={reference}>{reference}</li>
              ))}
            </ul>
          </Row>
        ) : null}
        {template.schoolProcesses.length > 0 ? (
          <Row label={t('library.process')}>{template.schoolProcesses.map((p) => processes.schoolProcess(p)).join(', ')}</Row>
        ) : null}
      </dl>
      <p className="card__meta" data-testid="template-meta">
        {t('library.revision', { revision: template.revision })} · {template.usageCount === null ? t('library.usageHidden') : t('library.usage', { count: template.usageCount })}
      </p>
      {procurements && !template.retired ? (
        procurements.length === 0 ? (
          <p className="card__meta">{t('library.noProcurements')}</p>
        ) : (
          <AddToProcurementForm template={template} procurements={procurements} preselected={preselectedProcurement} />
        )
      ) : null}
      {canCurate && !template.retired ? (
        <div className="button-row">
          <button
            ref={reviseButton}
            type="button"
            className="button button--secondary"
            aria-expanded={action === 'revise'}
            onClick={() => toggle('revise')}
          >
            {t('library.revise')}
          </button>
          <button
            ref={retireButton}
            type="button"
            className="button button--secondary"
            aria-expanded={action === 'retire'}
            onClick={() => toggle('retire')}
          >
            {t('library.retire')}
          </button>
        </div>
      ) : null}
      {action === 'revise' ? (
        <TemplateForm
          template={template}
          onCancel={() => close('revise')}
          onSaved={(saved) => {
            close('revise')
            // the server keeps the revision when nothing changed
            onStatus(
              saved.revision === template.revision
                ? t('library.unchanged', { revision: saved.revision })
                : t('library.saved', { revision: saved.revision }),
            )
          }}
        />
      ) : null}
      {action === 'retire' ? (
        <RetireTemplateForm
          template={template}
          onCancel={() => close('retire')}
          onRetired={() => {
            setAction(null)
            onStatus(t('library.retiredDone', { title }))
            onRetired()
          }}
        />
      ) : null}
    </article>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
