import { useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { useI18n } from '@/lib/i18n/i18n'

import { countComments, useComments } from '../api/get-comments'
import { CommentForm } from './comment-form'
import { CommentList } from './comment-list'
import type { TeamMember } from './team-member'

export type { TeamMember } from './team-member'

export interface CommentThreadProps {
  procurementId: string
  /** The need or requirement the comments are about. */
  itemId: string
  /** Who can be mentioned: the procurement's team. */
  team: readonly TeamMember[]
}

/** The comment threads of one need or requirement, folded away until opened: read, reply, mention team members. */
export function CommentThread({ procurementId, itemId, team }: CommentThreadProps) {
  const { t } = useI18n()
  const me = useCurrentPerson()
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const comments = useComments(procurementId, itemId)
  // nobody mentions themself
  const mentionable = team.filter((member) => member.memberId !== me.id)
  const summary = comments.data ? t('comments.heading', { count: countComments(comments.data) }) : t('comments.headingUnknown')

  return (
    <details className="comment-thread" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="comment-thread">
      <summary>{summary}</summary>
      {/* outside the forms, so that it is still there when a reply form closes */}
      <LiveStatus message={status} />
      {open ? (
        comments.isPending ? (
          <Loading />
        ) : comments.isError ? (
          <ErrorAlert error={comments.error} title={t('comments.loadFailed')} />
        ) : (
          <>
            {comments.data.length === 0 ? (
              <p>{t('comments.none')}</p>
            ) : (
              <CommentList
                comments={comments.data}
                procurementId={procurementId}
                itemId={itemId}
                mentionable={mentionable}
                onSent={setStatus}
              />
            )}
            <CommentForm
              procurementId={procurementId}
              itemId={itemId}
              mentionable={mentionable}
              label={t('comments.write')}
              submitLabel={t('comments.send')}
              onSent={() => setStatus(t('comments.sent'))}
            />
          </>
        )
      ) : null}
    </details>
  )
}
