import { type ReactNode, useCallback } from 'react'
import { Link, useParams } from 'react-router'

import type { AttachmentTarget } from '@/features/attachments/api/get-attachments'
import { AttachmentsFold, AttachmentsPanel } from '@/features/attachments/components/attachments-section'
import { CommentThread } from '@/features/comments/components/comment-thread'
import { useNeeds } from '@/features/needs/api/get-needs'
import { NeedsPanel } from '@/features/needs/components/needs-panel'
import { PresenceBar } from '@/features/presence/components/presence-bar'
import type { Procurement } from '@/features/procurement/api/get-procurement'
import { ProcurementWorkspacePage } from '@/features/procurement/components/procurement-workspace-page'
import { useRequirements } from '@/features/requirements/api/get-requirements'
import { RequirementsPanel } from '@/features/requirements/components/requirements-panel'
import { TracePanel } from '@/features/requirements/components/trace-panel'
import { DialoguePanel } from '@/features/tendering/components/dialogue-panel'
import { EvaluationPanel } from '@/features/tendering/components/evaluation-panel'
import { QuestionsPanel } from '@/features/tendering/components/questions-panel'
import { VendorsPanel } from '@/features/tendering/components/vendors-panel'
import { VendorProcurementPage } from '@/features/vendor-portal/components/vendor-procurement-page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole, isTenantMember } from '@/lib/auth/roles'
import { fileName } from '@/lib/csv'
import { useI18n } from '@/lib/i18n/i18n'
import { useWorkspaceLiveUpdates } from '@/lib/live/use-workspace-live-updates'

import { WorkspaceTabs } from './workspace-tabs'

/**
 * `/upphandlingar/:procurementId`: the procurement's workspace. The features (procurement,
 * needs, requirements, comments, attachments, presence) are composed here: features do not import each other.
 */
export function ProcurementWorkspaceRoute() {
  const { procurementId = '' } = useParams()
  const person = useCurrentPerson()
  // vendors see what was published to them, never the workspace
  return isTenantMember(person) ? (
    <TeamWorkspace procurementId={procurementId} />
  ) : (
    <VendorProcurementPage
      key={procurementId}
      procurementId={procurementId}
      extras={{
        procurement: <AttachmentsPanel procurementId={procurementId} scope="vendor" target="PROCUREMENT" />,
        requirement: (requirementId) => (
          <AttachmentsFold procurementId={procurementId} scope="vendor" target="REQUIREMENT" targetId={requirementId} />
        ),
        answer: (questionId) => <AttachmentsFold procurementId={procurementId} scope="vendor" target="ANSWER" targetId={questionId} />,
      }}
    />
  )
}

function TeamWorkspace({ procurementId }: { procurementId: string }) {
  useWorkspaceLiveUpdates(procurementId)
  return (
    <ProcurementWorkspacePage
      key={procurementId}
      procurementId={procurementId}
      body={(procurement) => <WorkspaceBody procurement={procurement} />}
    />
  )
}

/**
 * What the presence bar says someone is editing: a need's statement or a requirement's text. The
 * same queries as the panels, so nothing is fetched twice.
 */
function useDescribeItem(procurementId: string) {
  const needs = useNeeds(procurementId).data
  const requirements = useRequirements(procurementId).data
  return useCallback(
    (itemId: string) => needs?.find((n) => n.id === itemId)?.statement ?? requirements?.find((r) => r.id === itemId)?.text,
    [needs, requirements],
  )
}

function WorkspaceBody({ procurement }: { procurement: Procurement }) {
  const { t } = useI18n()
  const describeItem = useDescribeItem(procurement.id)
  // the documentation record is the buyers' to keep and hand out
  const isBuyer = hasRole(useCurrentPerson(), 'BUYER')
  const comments = (itemId: string) => (
    <CommentThread procurementId={procurement.id} itemId={itemId} team={procurement.team} />
  )
  const attachments = (target: AttachmentTarget) => (targetId: string): ReactNode => (
    <AttachmentsFold procurementId={procurement.id} scope="team" target={target} targetId={targetId} />
  )
  const requirementExtras = (requirementId: string) => (
    <>
      {attachments('REQUIREMENT')(requirementId)}
      {comments(requirementId)}
    </>
  )
  return (
    <>
      <PresenceBar procurementId={procurement.id} describeItem={describeItem} />
      <p className="workspace-as-of">
        <Link to={`/upphandlingar/${encodeURIComponent(procurement.id)}/som-det-var`}>{t('workspace.asOfLink')}</Link>
        {' · '}
        {/* open data: the server assembles the OCDS release package, the browser saves it under the procurement's name */}
        <a
          href={`/api/procurements/${encodeURIComponent(procurement.id)}/ocds`}
          download={fileName(procurement.title, 'ocds', 'json')}
        >
          {t('workspace.ocdsLink')}
        </a>
        {isBuyer ? (
          <>
            {' · '}
            <Link to={`/upphandlingar/${encodeURIComponent(procurement.id)}/dokumentation`}>{t('record.link')}</Link>
          </>
        ) : null}
      </p>
      <WorkspaceTabs
        tabs={[
          { id: 'behov', label: 'workspace.tab.needs', content: <NeedsPanel procurementId={procurement.id} itemExtras={comments} /> },
          {
            id: 'krav',
            label: 'workspace.tab.requirements',
            content: <RequirementsPanel procurementId={procurement.id} procurementTitle={procurement.title} itemExtras={requirementExtras} />,
          },
          { id: 'sparbarhet', label: 'workspace.tab.trace', content: <TracePanel procurementId={procurement.id} /> },
          {
            id: 'bilagor',
            label: 'attachments.heading',
            content: <AttachmentsPanel procurementId={procurement.id} scope="team" target="PROCUREMENT" />,
          },
          { id: 'leverantorer', label: 'tendering.tab.vendors', content: <VendorsPanel procurementId={procurement.id} /> },
          { id: 'dialog', label: 'tendering.tab.dialogue', content: <DialoguePanel procurementId={procurement.id} /> },
          {
            id: 'fragor',
            label: 'tendering.tab.questions',
            content: (
              <QuestionsPanel procurementId={procurement.id} procurementTitle={procurement.title} itemExtras={attachments('ANSWER')} />
            ),
          },
          { id: 'anbud', label: 'tendering.tab.evaluation', content: <EvaluationPanel procurementId={procurement.id} /> },
        ]}
      />
    </>
  )
}
