import { type FormEvent, useEffect, useId, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { ProblemAlert } from '@/components/problem-alert'
import { TextAreaField } from '@/components/text-area-field'
import { type ProblemCodes, problemFieldErrors } from '@/lib/api/problem-text'
import { useI18n } from '@/lib/i18n/i18n'

import { useAddComment } from '../api/add-comment'
import type { TeamMember } from './team-member'

const MAX_TEXT = 5000

export const COMMENT_PROBLEMS: ProblemCodes = {
  'comment.unknown-mention': 'comments.problem.unknownMention',
  'comment.unknown-parent': 'comments.problem.unknownParent',
  'comment.unknown-item': 'comments.problem.unknownItem',
  'comment.blank': 'comments.empty',
}

interface CommentFormProps {
  procurementId: string
  itemId: string
  /** Who can be mentioned (the team, without the writer). */
  mentionable: readonly TeamMember[]
  /** To reply: the thread's first comment. */
  parentId?: string
  label: string
  submitLabel: string
  /** A reply form opens on request: the cursor goes to it. */
  autoFocus?: boolean
  onSent: () => void
  onCancel?: () => void
}

/** Writes a comment or a reply, optionally mentioning people on the team. */
export function CommentForm({ procurementId, itemId, mentionable, parentId, label, submitLabel, autoFocus, onSent, onCancel }: CommentFormProps) {
  const { t } = useI18n()
  const id = useId()
  const add = useAddComment(procurementId)
  // what was typed stays until the server has the comment
  const [text, setText] = useState('')
  const [mentions, setMentions] = useState<string[]>([])
  const [problem, setProblem] = useState<string | undefined>()
  const fieldErrors = add.isError ? problemFieldErrors(add.error, t, COMMENT_PROBLEMS) : {}
  const hasFieldError = Boolean(fieldErrors.text || fieldErrors.mentions)

  useEffect(() => {
    if (autoFocus) document.getElementById(`${id}-text`)?.focus()
  }, [autoFocus, id])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = text.trim()
    const found = !trimmed ? t('comments.empty') : trimmed.length > MAX_TEXT ? t('form.tooLong', { max: MAX_TEXT }) : undefined
    setProblem(found)
    if (found) {
      document.getElementById(`${id}-text`)?.focus()
      return
    }
    add.mutate(
      { itemId, parentId, text: trimmed, mentions },
      {
        onSuccess: () => {
          setText('')
          setMentions([])
          onSent()
        },
      },
    )
  }

  return (
    <form className="form comment-form" onSubmit={submit} noValidate aria-label={label}>
      {add.isError && !hasFieldError ? <ProblemAlert error={add.error} title={t('comments.sendFailed')} codes={COMMENT_PROBLEMS} /> : null}
      <TextAreaField
        id={`${id}-text`}
        label={label}
        value={text}
        rows={2}
        error={problem ?? fieldErrors.text}
        onChange={(e) => setText(e.target.value)}
      />
      {mentionable.length > 0 ? (
        <CheckboxGroup
          id={`${id}-mentions`}
          legend={t('comments.mention')}
          options={mentionable.map((member) => ({ value: member.memberId, label: member.name }))}
          selected={mentions}
          error={fieldErrors.mentions}
          onChange={setMentions}
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={add.isPending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        {add.isPending ? <span className="pending">{t('common.saving')}</span> : null}
      </div>
    </form>
  )
}
