import { type ReactNode, useRef, useState } from 'react'

import { useCurrentPerson } from '@/lib/auth/current-person'
import { useI18n } from '@/lib/i18n/i18n'
import { useReportEditing, usePresence } from '@/lib/live/presence'

import {
  type NeedSummary,
  type Requirement,
  type RequirementConflict,
  type RequirementContent,
  type RequirementField,
  requirementConflictOf,
  useEditRequirement,
} from '../api/requirements'
import { AmendForm } from './amend-form'
import { CATEGORY_LABELS, KIND_LABELS } from './labels'
import { RequirementConflictDialog } from './requirement-conflict-dialog'
import { RequirementForm } from './requirement-form'
import { RequirementHistoryDialog } from './requirement-history-dialog'

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

/** Only the fields that differ from what the editor started from. */
function changesOf(before: Requirement, after: RequirementContent): Partial<RequirementContent> {
  const changes: Partial<Record<RequirementField, unknown>> = {}
  if (after.text !== before.text) changes.text = after.text
  if (after.kind !== before.kind) changes.kind = after.kind
  if (after.weight !== before.weight && after.weight !== null) changes.weight = after.weight
  if (after.category !== before.category) changes.category = after.category
  if ((after.verificationMethod ?? '') !== (before.verificationMethod ?? '')) changes.verificationMethod = after.verificationMethod ?? ''
  if ([...after.needIds].sort().join() !== [...before.needIds].sort().join()) changes.needIds = after.needIds
  return changes as Partial<RequirementContent>
}

export function RequirementCard({ procurementId, requirement, needs, canEdit, published = false, onStatus, extras }: RequirementCardProps) {
  const { t, formatNumber } = useI18n()
  const person = useCurrentPerson()
  const present = usePresence(procurementId)
  const [editing, setEditing] = useState(false)
  const [showHistory, setShowHistory] = useState(false)
  const [conflict, setConflict] = useState<RequirementConflict | null>(null)
  /** What the person last tried to save: a conflict stores none of it, so the resolution sends it again. */
  const [attempt, setAttempt] = useState<Partial<RequirementContent>>({})
  const editButton = useRef<HTMLButtonElement>(null)
  const edit = useEditRequirement(procurementId)
  useReportEditing(procurementId, editing || conflict ? requirement.id : null)

  const othersEditing = present.filter((p) => p.editing === requirement.id && p.id !== person.id)
  const served = requirement.needIds.map((id) => needs.find((n) => n.id === id)?.statement ?? id)

  const save = (baseVersion: number, changes: Partial<RequirementContent>) => {
    if (Object.keys(changes).length === 0) {
      onStatus(t('requirements.nothingChanged'))
      setEditing(false)
      setConflict(null)
      return
    }
    setAttempt(changes)
    edit.mutate(
      { requirementId: requirement.id, baseVersion, changes },
      {
        onSuccess: () => {
          setEditing(false)
          setConflict(null)
          onStatus(t('requirements.saved'))
          editButton.current?.focus()
        },
        onError: (error) => {
          const found = requirementConflictOf(error)
          if (found) setConflict(found)
        },
      },
    )
  }

  return (
    <article id={`requirement-${requirement.id}`} className="card requirement-card" tabIndex={-1} data-testid="requirement-card">
      <header className="card__header">
        <p className="card__tags">
          <span className={`tag tag--${requirement.kind === 'MANDATORY' ? 'strong' : 'neutral'}`}>{t(KIND_LABELS[requirement.kind])}</span>{' '}
          <span className="tag">{t(CATEGORY_LABELS[requirement.category])}</span>
        </p>
        {othersEditing.length > 0 ? (
          <p className="presence-badge" data-testid="editing-badge">
            {othersEditing.map((p) => t('requirements.editing', { name: p.name })).join(', ')}
          </p>
        ) : null}
      </header>
      {editing && published ? (
        <AmendForm
          procurementId={procurementId}
          requirement={requirement}
          onCancel={() => setEditing(false)}
          onDone={(message) => {
            setEditing(false)
            onStatus(message)
          }}
        />
      ) : editing ? (
        <RequirementForm
          initial={requirement}
          needs={needs}
          submitLabel={t('requirements.saveChanges')}
          pending={edit.isPending}
          error={requirementConflictOf(edit.error) ? null : edit.error}
          onSubmit={(content) => save(requirement.version, changesOf(requirement, content))}
          onCancel={() => {
            setEditing(false)
            edit.reset()
          }}
        />
      ) : (
        <>
          <p className="requirement-card__text">{requirement.text}</p>
          {requirement.kind === 'EVALUATED' && requirement.weight != null ? (
            <div className="weight-share">
              <p>
                {t('requirements.weightShare', {
                  weight: requirement.weight,
                  share: formatNumber(Math.round((requirement.weightShare ?? 0) * 10) / 10),
                })}
              </p>
              <meter
                className="weight-share__bar"
                min={0}
                max={100}
                value={requirement.weightShare ?? 0}
                aria-label={t('requirements.weightShareLabel')}
              />
            </div>
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
      {conflict ? (
        <RequirementConflictDialog
          conflict={conflict}
          needs={needs}
          pending={edit.isPending}
          onClose={() => setConflict(null)}
          onResolve={(theirs) => {
            const again: Partial<Record<RequirementField, unknown>> = { ...attempt }
            for (const field of theirs) delete again[field]
            save(conflict.current?.version ?? requirement.version, again as Partial<RequirementContent>)
          }}
        />
      ) : null}
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
