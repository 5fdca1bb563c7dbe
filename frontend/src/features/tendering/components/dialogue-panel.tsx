import { useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { TextAreaField } from '@/components/text-area-field'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { useAskVendors } from '../api/ask-vendors'
import { useDialogue } from '../api/get-dialogue'
import { useShareDraft } from '../api/share-draft'

/** Market dialogue for the buyer's team: share the draft, ask the vendors, read every vendor's comments and answers. */
export function DialoguePanel({ procurementId }: { procurementId: string }) {
  const { t, formatDateTime } = useI18n()
  const id = useId()
  const isBuyer = hasRole(useCurrentPerson(), 'BUYER')
  const dialogue = useDialogue(procurementId)
  const share = useShareDraft(procurementId)
  const ask = useAskVendors(procurementId)
  const [message, setMessage] = useState('')
  const [question, setQuestion] = useState('')

  if (dialogue.isPending) return <Loading />
  if (dialogue.isError) return <ErrorAlert error={dialogue.error} />
  const d = dialogue.data
  const textOf = (requirementId: string) => d.draft?.requirements.find((r) => r.requirementId === requirementId)?.text ?? requirementId

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="dialogue-panel">
      <h2 id={`${id}-heading`}>{t('tendering.tab.dialogue')}</h2>
      <p className="panel__lead">{t('tendering.dialogueLead')}</p>
      {d.draft ? <p className="notice notice--success">{t('tendering.shared', { round: d.draft.round, at: formatDateTime(d.draft.sharedAt) })}</p> : null}
      {isBuyer ? (
        <form className="form" onSubmit={(e) => { e.preventDefault(); share.mutate({ message: message.trim() || null }, { onSuccess: () => setMessage('') }) }}>
          <TextAreaField id={`${id}-message`} label={t('tendering.shareMessage')} rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
          {share.isError ? <ErrorAlert error={share.error} /> : null}
          <button type="submit" className="button" disabled={share.isPending}>{t('tendering.share')}</button>
        </form>
      ) : null}
      <h3>{t('tendering.dialogueComments', { count: d.comments.length })}</h3>
      <ul data-testid="dialogue-comments">
        {d.comments.map((c, i) => (
          <li key={i}>
            <strong>{c.vendorName}</strong> – {textOf(c.requirementId).slice(0, 60)}: {c.text}
          </li>
        ))}
      </ul>
      {d.questions.map((q) => (
        <article key={q.id} className="requirement-card">
          <p><strong>{q.text}</strong></p>
          {q.answers.length === 0 ? <p className="card__meta">{t('tendering.noAnswers')}</p> : (
            <ul>{q.answers.map((a) => <li key={a.vendorOrganisationId}><strong>{a.vendorName}</strong>: {a.text}</li>)}</ul>
          )}
        </article>
      ))}
      {isBuyer ? (
        <form className="form" onSubmit={(e) => { e.preventDefault(); if (question.trim()) ask.mutate({ text: question.trim() }, { onSuccess: () => setQuestion('') }) }}>
          <TextAreaField id={`${id}-question`} label={t('tendering.askVendors')} rows={2} value={question} onChange={(e) => setQuestion(e.target.value)} />
          {ask.isError ? <ErrorAlert error={ask.error} /> : null}
          <button type="submit" className="button button--secondary" disabled={ask.isPending}>{t('tendering.askVendorsButton')}</button>
        </form>
      ) : null}
    </section>
  )
}
