import { useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { TextAreaField } from '@/components/text-area-field'
import { useI18n } from '@/lib/i18n/i18n'
import { requirementNumber } from '@/lib/requirement-number'

import { useVendorDialogue } from '../api/get-vendor-dialogue'
import { useDialogueReply } from '../api/reply-to-dialogue'

/** Market dialogue for a vendor: the shared draft to comment on, and the buyer's questions to answer (seen by the buyer only). */
export function VendorDialogue({ procurementId }: { procurementId: string }) {
  const { t } = useI18n()
  const id = useId()
  const dialogue = useVendorDialogue(procurementId, true)
  const reply = useDialogueReply(procurementId)
  const [texts, setTexts] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<string | null>(null)
  if (!dialogue.data?.draft && (dialogue.data?.questions.length ?? 0) === 0) return null
  const d = dialogue.data!

  const send = (key: string, request: Parameters<typeof reply.mutate>[0]) =>
    reply.mutate(request, { onSuccess: () => { setTexts({ ...texts, [key]: '' }); setStatus(t('vendor.sent')) } })

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="vendor-dialogue">
      <h2 id={`${id}-heading`}>{t('vendor.dialogue')}</h2>
      <p className="panel__lead">{t('vendor.dialogueLead')}</p>
      {d.draft?.message ? <p className="notice">{d.draft.message}</p> : null}
      <LiveStatus message={status} />
      {reply.isError ? <ErrorAlert error={reply.error} /> : null}
      {d.draft?.requirements.map((r) => (
        <article key={r.requirementId} className="requirement-card">
          <p className="requirement-card__number">{requirementNumber(r.number)}</p>
          <p className="requirement-card__text">{r.text}</p>
          {d.comments.filter((c) => c.requirementId === r.requirementId).map((c, i) => (
            <p key={i} className="card__meta">{c.text}</p>
          ))}
          <form className="form" onSubmit={(e) => { e.preventDefault(); const text = texts[r.requirementId]?.trim(); if (text) send(r.requirementId, { kind: 'comment', requirementId: r.requirementId, text }) }}>
            <TextAreaField id={`${id}-${r.requirementId}`} label={t('vendor.comment')} rows={2} value={texts[r.requirementId] ?? ''} onChange={(e) => setTexts({ ...texts, [r.requirementId]: e.target.value })} />
            <button type="submit" className="button button--secondary">{t('vendor.sendComment')}</button>
          </form>
        </article>
      ))}
      {d.questions.map((q) => (
        <article key={q.id} className="requirement-card">
          <p><strong>{q.text}</strong></p>
          {q.answers.map((a, i) => <p key={i} className="card__meta">{a.text}</p>)}
          <form className="form" onSubmit={(e) => { e.preventDefault(); const text = texts[q.id]?.trim(); if (text) send(q.id, { kind: 'answer', questionId: q.id, text }) }}>
            <TextAreaField id={`${id}-${q.id}`} label={t('vendor.yourAnswer')} rows={2} value={texts[q.id] ?? ''} onChange={(e) => setTexts({ ...texts, [q.id]: e.target.value })} />
            <button type="submit" className="button button--secondary">{t('vendor.sendAnswer')}</button>
          </form>
        </article>
      ))}
    </section>
  )
}
