import { useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { type AttachmentScope, type AttachmentTarget, useAttachments } from '../api/get-attachments'
import { AttachmentList } from './attachment-list'
import { AttachmentUpload } from './attachment-upload'

export interface AttachmentsProps {
  procurementId: string
  /** `team`: buyers upload and remove, everyone on the team reads; `vendor`: read only. */
  scope: AttachmentScope
  target: AttachmentTarget
  /** The requirement's id, or the question's id for its answer; left out for the procurement. */
  targetId?: string
}

/** Buyers attach and remove; the rest of the team and vendors read (the server decides, this only shapes the UI). */
function useCanEdit(scope: AttachmentScope): boolean {
  const person = useCurrentPerson()
  return scope === 'team' && hasRole(person, 'BUYER')
}

function AttachmentsBody({ procurementId, scope, target, targetId, onStatus }: AttachmentsProps & { onStatus: (message: string) => void }) {
  const { t } = useI18n()
  const canEdit = useCanEdit(scope)
  const attachments = useAttachments(procurementId, scope, { target, targetId })
  return (
    <>
      {attachments.isPending ? (
        <Loading />
      ) : attachments.isError ? (
        <ErrorAlert error={attachments.error} title={t('attachments.loadFailed')} />
      ) : attachments.data.length === 0 ? (
        <p className="card__meta">{t('attachments.none')}</p>
      ) : (
        <AttachmentList procurementId={procurementId} scope={scope} attachments={attachments.data} canRemove={canEdit} onStatus={onStatus} />
      )}
      {canEdit ? <AttachmentUpload procurementId={procurementId} target={target} targetId={targetId} onStatus={onStatus} /> : null}
    </>
  )
}

/** The procurement's own files, as a panel of the workspace or of the vendor's page. */
export function AttachmentsPanel(props: AttachmentsProps) {
  const { t } = useI18n()
  const id = useId()
  const [status, setStatus] = useState<string | null>(null)
  return (
    <section className="panel attachments" aria-labelledby={`${id}-heading`} data-testid="attachments-panel">
      <h2 id={`${id}-heading`}>{t('attachments.heading')}</h2>
      <p className="panel__lead">{t(props.scope === 'vendor' ? 'attachments.vendorLead' : 'attachments.procurementLead')}</p>
      <LiveStatus message={status} />
      <AttachmentsBody {...props} onStatus={setStatus} />
    </section>
  )
}

/**
 * The files of a requirement or an answer, folded under its card: "Bilagor (n)". A vendor's card
 * shows it only when there is something to read.
 */
export function AttachmentsFold(props: AttachmentsProps) {
  const { t } = useI18n()
  const [status, setStatus] = useState<string | null>(null)
  const attachments = useAttachments(props.procurementId, props.scope, { target: props.target, targetId: props.targetId })
  const count = attachments.data?.length
  if (props.scope === 'vendor' && !count) return null
  const summary =
    count === undefined
      ? t('attachments.heading')
      : t(props.target === 'ANSWER' ? 'attachments.answerHeadingCount' : 'attachments.headingCount', { count })
  return (
    <details className="attachments-fold" data-testid="attachments-fold">
      <summary>{summary}</summary>
      <LiveStatus message={status} />
      <AttachmentsBody {...props} onStatus={setStatus} />
    </details>
  )
}
