import { useEffect, useRef, useState } from 'react'

import { useCurrentPerson } from '@/lib/auth/current-person'
import { useI18n } from '@/lib/i18n/i18n'

import type { Comment } from '../api/get-comments'
import { CommentForm } from './comment-form'
import { CommentText } from './comment-text'
import type { TeamMember } from './team-member'

interface CommentListProps {
  comments: readonly Comment[]
  procurementId: string
  itemId: string
  mentionable: readonly TeamMember[]
  onSent: (message: string) => void
}

/** Threads, oldest first; replies indented under the comment they answer. */
export function CommentList(props: CommentListProps) {
  const { t } = useI18n()
  return (
    <ol className="comment-list">
      {props.comments.map((comment) => (
        <li key={comment.id} className="comment" data-testid="comment">
          <CommentEntry comment={comment} />
          {comment.replies.length > 0 ? (
            <ol className="comment-list comment-list--replies" aria-label={t('comments.repliesTo', { name: comment.author.name })}>
              {comment.replies.map((reply) => (
                <li key={reply.id} className="comment" data-testid="reply">
                  <CommentEntry comment={reply} />
                </li>
              ))}
            </ol>
          ) : null}
          {/* threads are one level deep (the server takes replies to first comments only) */}
          <Reply to={comment} {...props} />
        </li>
      ))}
    </ol>
  )
}

function CommentEntry({ comment }: { comment: Comment }) {
  const { t, formatDateTime } = useI18n()
  const me = useCurrentPerson()
  const mentionsMe = comment.mentions.some((m) => m.id === me.id)
  return (
    <>
      <p className="comment__meta">
        <strong className="comment__author">{comment.author.name}</strong> ·{' '}
        <time dateTime={comment.at}>{formatDateTime(comment.at)}</time>
        {mentionsMe ? <span className="tag tag--mention"> {t('comments.mentionsYou')}</span> : null}
      </p>
      <CommentText text={comment.text} mentions={comment.mentions} />
      {comment.mentions.length > 0 ? (
        <p className="comment__meta">
          {t('comments.mentioned')}{' '}
          {comment.mentions.map((m, index) => (
            <span key={m.id}>
              {index > 0 ? ', ' : ''}
              <mark className="mention">{m.name}</mark>
            </span>
          ))}
        </p>
      ) : null}
    </>
  )
}

function Reply({ to, procurementId, itemId, mentionable, onSent }: { to: Comment } & Omit<CommentListProps, 'comments'>) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  // the button is back only after the form has gone
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false
      button.current?.focus()
    }
  }, [open])
  const close = () => {
    returnFocus.current = true
    setOpen(false)
  }
  return open ? (
    <CommentForm
      procurementId={procurementId}
      itemId={itemId}
      parentId={to.id}
      mentionable={mentionable}
      label={t('comments.replyTo', { name: to.author.name })}
      submitLabel={t('comments.sendReply')}
      autoFocus
      onCancel={close}
      onSent={() => {
        close()
        onSent(t('comments.replySent'))
      }}
    />
  ) : (
    <button ref={button} type="button" className="button button--link" onClick={() => setOpen(true)}>
      {t('comments.reply')}{' '}
      <span className="visually-hidden">{t('comments.replyHidden', { name: to.author.name })}</span>
    </button>
  )
}
