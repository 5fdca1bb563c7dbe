import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

import { useCurrentPerson } from '@/lib/auth/current-person'
import { useI18n } from '@/lib/i18n/i18n'
import { usePresence, useReportEditing } from '@/lib/live/presence'
import { requirementNumber } from '@/lib/requirement-number'

import type { NeedSummary } from '../api/get-need-summaries'
import type { Requirement } from '../api/get-requirements'
import { AmendForm } from './amend-form'
import { CATEGORY_LABELS, KIND_LABELS } from './labels'
import { RequirementEditor } from './requirement-editor'
import { RequirementHistoryDialog } from './requirement-history-dialog'
import { WeightShare } from './weight-share'

interface RequirementCardProps {
  procurementId: string
  requirement: Requirement
  needs: readonly NeedSummary[]
  canEdit: boolean
  /** Published tender: changes are amendments with a reason. */
  published?: boolean
  onStatus: (message: string) => void
  /** Composed in by the app: e.g. the comment thread of this requirement. */
  extras?: ReactNode
}

export function RequirementCard({ procurementId, requirement, needs, canEdit, published = false, onStatus, extras }: RequirementCardProps) {
  const { t } = useI18n()
  const id = useId()
  const me = useCurrentPerson()
  const othersEditing = usePresence(procurementId).filter((p) => p.editing === requirement.id && p.id !== me.id)
  const [editing, setEditing] = useState(false)
  const [showHistory, setShowHistory] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const restoreFocus = useRef(false)
  useReportEditing(procurementId, editing ? requirement.id : null)

  useEffect(() => {
    // back to the button that opened the editor, once it is on screen again
    if (editing || !restoreFocus.current) return
    restoreFocus.current = false
    editButton.current?.focus()
  }, [editing])

  const close = (message?: string) => {
    restoreFocus.current = true
    setEditing(false)
    if (message) onStatus(message)
  }

  const served = requirement.needIds.map((needId) => needs.find((n) => n.id === needId)?.statement ?? needId)
  const headingId = `${id}-text`

  return (
    <article
      id={`requirement-${requirement.id}`}
      className="card requirement-card"
      tabIndex={-1}
      aria-labelledby={editing ? undefined : headingId}
      data-testid="requirement-card"
    >
      <header className="card__header">
        <p className="card__tags">
          <span className={`tag tag--${requirement.kind === 'MANDATORY' ? 'strong' : 'neutral'}`}>{t(KIND_LABELS[requirement.kind])}</span>{' '}
          <span className="tag">{t(CATEGORY_LABELS[requirement.category])}</span>
        </p>
        {othersEditing.length > 0 ? (
          <p className="presence-badge" data-testid="editing-badge">
            {othersEditing.map((p) => t('workspace.editing', { name: p.name })).join(', ')}
          </p>
        ) : null}
      </header>
      {editing && published ? (
        <AmendForm procurementId={procurementId} requirement={requirement} onCancel={() => close()} onDone={close} />
      ) : editing ? (
        <RequirementEditor
          procurementId={procurementId}
          requirement={requirement}
          needs={needs}
          onDone={close}
          onCancel={() => close()}
        />
      ) : (
        <>
          <p className="requirement-card__number" data-testid="requirement-number">
            {requirementNumber(requirement.number)}
          </p>
          <p id={headingId} className="requirement-card__text">
            {requirement.text}
          </p>
          {requirement.kind === 'EVALUATED' && requirement.weight != null ? (
            <WeightShare weight={requirement.weight} share={requirement.weightShare} />
          ) : null}
          <dl className="summary-list summary-list--compact">
            {requirement.verificationMethod ? (
              <div className="summary-list__row">
                <dt>{t('requirements.field.verificationMethod')}</dt>
                <dd>{requirement.verificationMethod}</dd>
              </div>
            ) : null}
            <div className="summary-list__row">
              <dt>{t('requirements.serves')}</dt>
              <dd data-testid="requirement-needs">
                {served.length === 0 ? <em>{t('requirements.servesNone')}</em> : served.join('; ')}
              </dd>
            </div>
          </dl>
          {requirement.template ? (
            <p className="card__meta">
              {t('requirements.fromTemplate', {
                title: requirement.template.title ?? requirement.template.id,
                revision: requirement.template.revision,
              })}
            </p>
          ) : null}
          <div className="button-row">
            {canEdit ? (
              <button
                ref={editButton}
                type="button"
                className="button button--secondary"
                aria-label={t(published ? 'requirements.amendLabel' : 'requirements.editLabel', { text: requirement.text.slice(0, 60) })}
                onClick={() => setEditing(true)}
              >
                {t(published ? 'requirements.amend' : 'requirements.edit')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('requirements.historyLabel', { text: requirement.text.slice(0, 60) })}
              onClick={() => setShowHistory(true)}
            >
              {t('requirements.history')}
            </button>
          </div>
        </>
      )}
      {extras}
      {showHistory ? (
        <RequirementHistoryDialog
          procurementId={procurementId}
          requirement={requirement}
          needs={needs}
          onClose={() => setShowHistory(false)}
        />
      ) : null}
    </article>
  )
}
