import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { useI18n } from '@/lib/i18n/i18n'
import { usePresence, useReportEditing } from '@/lib/live/presence'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { useAcceptNeed } from '../api/accept-need'
import type { Need } from '../api/get-needs'
import { useSetEndorsement } from '../api/set-endorsement'
import { BenefitSummary } from './field-value'
import { PRIORITY_LABELS, STATUS_LABELS } from './labels'
import { MergeNeedForm } from './merge-need-form'
import { NeedEditor } from './need-editor'
import { NeedHistoryDialog } from './need-history-dialog'
import { RejectNeedForm } from './reject-need-form'

export interface NeedPermissions {
  /** Buyers accept, reject and merge. */
  canDecide: boolean
  /** Users endorse. */
  canEndorse: boolean
  /** Buyers, and whoever proposed the need, edit it. */
  canEdit: boolean
}

interface NeedCardProps {
  procurementId: string
  need: Need
  /** All needs of the procurement: what it was merged into, what it can be merged into. */
  allNeeds: readonly Need[]
  permissions: NeedPermissions
  onStatus: (message: string) => void
  /** Bring another need into view (clearing filters that hide it). */
  onShowNeed: (needId: string) => void
  /** Composed in by the app: e.g. the comment thread of this need. */
  extras?: ReactNode
}

type Mode = 'view' | 'edit' | 'reject' | 'merge'
type Action = Exclude<Mode, 'view'> | 'accept'

export function NeedCard({ procurementId, need, allNeeds, permissions, onStatus, onShowNeed, extras }: NeedCardProps) {
  const { t } = useI18n()
  const id = useId()
  const labels = useProcessMapLabels()
  const acceptNeed = useAcceptNeed()
  const setEndorsement = useSetEndorsement()
  const [mode, setMode] = useState<Mode>('view')
  const [historyOpen, setHistoryOpen] = useState(false)
  const card = useRef<HTMLElement>(null)
  /** The action buttons (re-created when a form closes), and which one was used last. */
  const buttons = useRef<Partial<Record<Action, HTMLButtonElement | null>>>({})
  const usedAction = useRef<Action | null>(null)
  const restoreFocus = useRef(false)
  const me = useCurrentPerson()
  const othersEditing = usePresence(procurementId).filter((p) => p.editing === need.id && p.id !== me.id)
  useReportEditing(procurementId, mode === 'edit' ? need.id : null)

  useEffect(() => {
    if (mode !== 'view' || !restoreFocus.current) return
    restoreFocus.current = false
    // back to the button that opened the form, or to the card if the action is gone (e.g. accepted)
    const button = usedAction.current ? buttons.current[usedAction.current] : null
    const target = button?.isConnected ? button : card.current
    target?.focus()
  }, [mode, need])

  const buttonRef = (action: Action) => (element: HTMLButtonElement | null) => {
    buttons.current[action] = element
  }

  const open = (next: Exclude<Mode, 'view'>) => () => {
    usedAction.current = next
    setMode(next)
  }
  const close = () => {
    restoreFocus.current = true
    setMode('view')
  }
  const done = (message: string) => {
    close()
    onStatus(message)
  }

  const headingId = `${id}-statement`
  const mergedInto = need.mergedInto ? allNeeds.find((n) => n.id === need.mergedInto) : undefined
  const mergeCandidates = allNeeds.filter((n) => n.id !== need.id && n.status !== 'MERGED')
  const active = need.status !== 'MERGED'
  const canAccept = permissions.canDecide && (need.status === 'PROPOSED' || need.status === 'REJECTED')
  const canReject = permissions.canDecide && (need.status === 'PROPOSED' || need.status === 'ACCEPTED')
  const canMerge = permissions.canDecide && active && mergeCandidates.length > 0
  const canEndorse = permissions.canEndorse && (need.status === 'PROPOSED' || need.status === 'ACCEPTED')
  const actionError = acceptNeed.error ?? setEndorsement.error

  const accept = () => {
    usedAction.current = 'accept'
    acceptNeed.mutate(
      { procurementId, needId: need.id },
      {
        onSuccess: () => {
          restoreFocus.current = true
          onStatus(t('needs.accepted'))
        },
      },
    )
  }

  const toggleEndorsement = () => {
    const endorse = !need.endorsedByMe
    setEndorsement.mutate(
      { procurementId, needId: need.id, endorse },
      { onSuccess: () => onStatus(endorse ? t('needs.endorsed') : t('needs.endorsementWithdrawn')) },
    )
  }

  return (
    <article
      ref={card}
      className={`need-card need-card--${need.status.toLowerCase()}`}
      id={`need-${need.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-testid="need-card"
    >
      <div className="need-card__badges">
        <span className={`badge badge--priority-${need.priority.toLowerCase()}`} data-testid="need-priority">
          {t('needs.priorityBadge', { priority: t(PRIORITY_LABELS[need.priority]) })}
        </span>
        <span className={`badge badge--status-${need.status.toLowerCase()}`} data-testid="need-status">
          {t(STATUS_LABELS[need.status])}
        </span>
      </div>
      <h3 id={headingId} className="need-card__statement">
        {need.statement}
      </h3>
      {mode === 'edit' ? (
        <NeedEditor
          procurementId={procurementId}
          need={need}
          onDone={(_, message) => done(message)}
          onCancel={close}
        />
      ) : (
        <>
          <dl className="need-card__facts">
            <div className="need-card__fact">
              <dt>{t('need.perspective')}</dt>
              <dd>{labels.perspective(need.perspective)}</dd>
            </div>
            <div className="need-card__fact">
              <dt>{t('need.schoolProcess')}</dt>
              <dd>{labels.schoolProcess(need.schoolProcess)}</dd>
            </div>
            {need.steeringDocument ? (
              <div className="need-card__fact">
                <dt>{t('need.steeringDocument')}</dt>
                <dd>{need.steeringDocument}</dd>
              </div>
            ) : null}
            <div className="need-card__fact need-card__fact--wide">
              <dt>{t('need.benefit')}</dt>
              <dd>
                <BenefitSummary benefit={need.benefit} />
              </dd>
            </div>
            <div className="need-card__fact">
              <dt>{t('need.proposedBy')}</dt>
              <dd>{need.proposedBy.name}</dd>
            </div>
          </dl>
          {need.status === 'REJECTED' && need.rejectionReason ? (
            <p className="need-card__note">
              <strong>{t('needs.rejectedBecause')}</strong> {need.rejectionReason}
            </p>
          ) : null}
          {need.status === 'MERGED' && need.mergedInto ? (
            <p className="need-card__note" data-testid="merged-into">
              {t('needs.mergedInto')}{' '}
              <a
                href={`#need-${need.mergedInto}`}
                onClick={(event) => {
                  event.preventDefault()
                  onShowNeed(need.mergedInto!)
                }}
              >
                {mergedInto ? mergedInto.statement : t('needs.anotherNeed')}
              </a>
            </p>
          ) : null}
        </>
      )}
      {actionError ? <ErrorAlert error={actionError} title={t('needs.actionFailed')} /> : null}
      <div className="need-card__footer">
        <p className="need-card__endorsements" data-testid="need-endorsements">
          {t('needs.endorsementCount', { count: need.endorsements })}
        </p>
        {canEndorse ? (
          <button
            type="button"
            className="button button--toggle button--small"
            aria-pressed={need.endorsedByMe}
            aria-describedby={headingId}
            disabled={setEndorsement.isPending}
            onClick={toggleEndorsement}
          >
            <span aria-hidden="true" className="button__check">
              {need.endorsedByMe ? '✓ ' : ''}
            </span>
            {t('needs.endorse')}
          </button>
        ) : null}
        {mode === 'view' ? (
          <div className="need-card__actions">
            {canAccept ? (
              <button
                ref={buttonRef('accept')}
                type="button"
                className="button button--small"
                aria-describedby={headingId}
                disabled={acceptNeed.isPending}
                onClick={accept}
              >
                {t('needs.accept')}
              </button>
            ) : null}
            {canReject ? (
              <button
                ref={buttonRef('reject')}
                type="button"
                className="button button--secondary button--small"
                aria-describedby={headingId}
                onClick={open('reject')}
              >
                {t('needs.reject')}
              </button>
            ) : null}
            {canMerge ? (
              <button
                ref={buttonRef('merge')}
                type="button"
                className="button button--secondary button--small"
                aria-describedby={headingId}
                onClick={open('merge')}
              >
                {t('needs.merge')}
              </button>
            ) : null}
            {permissions.canEdit && active ? (
              <button
                ref={buttonRef('edit')}
                type="button"
                className="button button--secondary button--small"
                aria-describedby={headingId}
                onClick={open('edit')}
              >
                {t('needs.edit')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--link"
              aria-describedby={headingId}
              onClick={() => setHistoryOpen(true)}
            >
              {t('needs.history')}
            </button>
          </div>
        ) : null}
      </div>
      {mode === 'reject' ? (
        <RejectNeedForm
          procurementId={procurementId}
          need={need}
          onCancel={close}
          onDone={() => done(t('needs.rejected'))}
        />
      ) : null}
      {mode === 'merge' ? (
        <MergeNeedForm
          procurementId={procurementId}
          need={need}
          candidates={mergeCandidates}
          onCancel={close}
          onDone={(into) => done(t('needs.merged', { into: into.statement }))}
        />
      ) : null}
      {othersEditing.length > 0 ? (
        <p className="presence-badge" data-testid="editing-badge">
          {othersEditing.map((p) => t('workspace.editing', { name: p.name })).join(', ')}
        </p>
      ) : null}
      {extras}
      {historyOpen ? (
        <NeedHistoryDialog procurementId={procurementId} need={need} onClose={() => setHistoryOpen(false)} />
      ) : null}
    </article>
  )
}
