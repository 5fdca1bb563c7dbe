import { type FormEvent, useId, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { TextAreaField } from '@/components/text-area-field'
import { useI18n } from '@/lib/i18n/i18n'

import { type Comment, countComments, useAddComment, useComments } from '../api/comments'

export interface TeamMember {
  memberId: string
  name: string
}

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
  const [open, setOpen] = useState(false)
  const comments = useComments(procurementId, itemId)
  const count = comments.data ? countComments(comments.data) : 0

  return (
    <details className="comment-thread" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="comment-thread">
      <summary>{t('comments.heading', { count })}</summary>
      {open ? (
        comments.isPending ? (
          <Loading />
        ) : comments.isError ? (
          <ErrorAlert error={comments.error} title={t('comments.loadFailed')} />
        ) : (
          <>
            {comments.data.length === 0 ? <p>{t('comments.none')}</p> : <Threads comments={comments.data} procurementId={procurementId} itemId={itemId} team={team} />}
            <CommentForm procurementId={procurementId} itemId={itemId} team={team} label={t('comments.write')} />
          </>
        )
      ) : null}
    </details>
  )
}

function Threads({ comments, ...context }: { comments: readonly Comment[]; procurementId: string; itemId: string; team: readonly TeamMember[] }) {
  const { t, formatDateTime } = useI18n()
  const [replyingTo, setReplyingTo] = useState<string | null>(null)
  return (
    <ol>
      {comments.map((comment) => (
        <li key={comment.id} className="comment" data-testid="comment">
          <p className="comment__meta">
            <strong>{comment.author.name}</strong> · <time dateTime={comment.at}>{formatDateTime(comment.at)}</time>
          </p>
          <p>{comment.text}</p>
          {comment.mentions.length > 0 ? (
            <p className="comment__meta">{t('comments.mentioned', { names: comment.mentions.map((m) => m.name).join(', ') })}</p>
          ) : null}
          {comment.replies.length > 0 ? <Threads comments={comment.replies} {...context} /> : null}
          {comment.parentId === null ? (
            replyingTo === comment.id ? (
              <CommentForm
                {...context}
                parentId={comment.id}
                label={t('comments.replyTo', { name: comment.author.name })}
                onDone={() => setReplyingTo(null)}
              />
            ) : (
              <button type="button" className="button button--link" onClick={() => setReplyingTo(comment.id)}>
                {t('comments.reply')}
              </button>
            )
          ) : null}
        </li>
      ))}
    </ol>
  )
}

interface CommentFormProps {
  procurementId: string
  itemId: string
  team: readonly TeamMember[]
  parentId?: string
  label: string
  onDone?: () => void
}

function CommentForm({ procurementId, itemId, team, parentId, label, onDone }: CommentFormProps) {
  const { t } = useI18n()
  const id = useId()
  const add = useAddComment(procurementId)
  const [text, setText] = useState('')
  const [mentions, setMentions] = useState<string[]>([])
  const [problem, setProblem] = useState<string | undefined>()
  const [status, setStatus] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) {
      setProblem(t('comments.empty'))
      return
    }
    setProblem(undefined)
    add.mutate(
      { itemId, parentId, text: text.trim(), mentions },
      {
        onSuccess: () => {
          setText('')
          setMentions([])
          setStatus(t('comments.sent'))
          onDone?.()
        },
      },
    )
  }

  return (
    <form className="form comment-form" onSubmit={submit} noValidate>
      <LiveStatus message={status} />
      <TextAreaField id={`${id}-text`} label={label} value={text} rows={2} maxLength={5000} error={problem} onChange={(e) => setText(e.target.value)} />
      {team.length > 0 ? (
        <details>
          <summary>{t('comments.mention')}</summary>
          <CheckboxGroup
            id={`${id}-mentions`}
            legend={t('comments.mention')}
            legendHidden
            options={team.map((m) => ({ value: m.memberId, label: m.name }))}
            selected={mentions}
            onChange={setMentions}
          />
        </details>
      ) : null}
      {add.isError ? <ErrorAlert error={add.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('common.saving') : t('comments.send')}
        </button>
      </div>
    </form>
  )
}
