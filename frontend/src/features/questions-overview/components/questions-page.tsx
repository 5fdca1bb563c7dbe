import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { z } from 'zod'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { apiRequest } from '@/lib/api/api-client'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { isTenantMember } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { type UnansweredQuestion, useUnansweredQuestions } from '../api/get-unanswered-questions'

const entrySchema = z.object({ id: z.string(), title: z.string() }).passthrough()

/** Where a question is answered: its card in the procurement's questions tab. */
export function questionHref(q: Pick<UnansweredQuestion, 'procurementId' | 'questionId'>): string {
  return `/upphandlingar/${encodeURIComponent(q.procurementId)}?flik=fragor#fraga-${encodeURIComponent(q.questionId)}`
}

/**
 * `/fragor`: for a tenant's team, an inbox of the questions still to answer in every procurement
 * they may enter, the day answers are due soonest first; for a vendor, the procurements it is
 * invited to (where it asks and reads the answers).
 */
export function QuestionsPage() {
  const { t } = useI18n()
  const tenant = isTenantMember(useCurrentPerson())
  return <Page title={t('qa.title')} lead={t('qa.lead')}>{tenant ? <Inbox /> : <VendorProcurements />}</Page>
}

function Inbox() {
  const { t, formatDate, formatDateTime } = useI18n()
  const questions = useUnansweredQuestions(true)
  if (questions.isPending) return <Loading />
  if (questions.isError) return <ErrorAlert error={questions.error} title={t('qa.inbox.loadFailed')} />
  if (questions.data.length === 0) return <EmptyState title={t('qa.inbox.none')} />
  return (
    <>
      <p>{t('qa.inbox.lead', { count: questions.data.length })}</p>
      <table className="table" data-testid="qa-inbox">
        <thead>
          <tr>
            <th scope="col">{t('qa.inbox.question')}</th>
            <th scope="col">{t('qa.inbox.procurement')}</th>
            <th scope="col">{t('qa.inbox.askedAt')}</th>
            <th scope="col">{t('qa.inbox.dueBy')}</th>
          </tr>
        </thead>
        <tbody>
          {questions.data.map((q) => (
            <tr key={q.questionId} data-testid="qa-inbox-row">
              <td>
                <Link to={questionHref(q)}>{q.kind === 'CLARIFICATION' ? `${t('qa.inbox.clarification')}: ${q.question}` : q.question}</Link>
              </td>
              <td>{q.procurementTitle}</td>
              <td>{formatDateTime(q.askedAt)}</td>
              <td>
                {q.answersDueBy === null ? (
                  t('qa.inbox.noDueDate')
                ) : q.needsAnswerSoon ? (
                  <strong>{formatDate(q.answersDueBy)}</strong>
                ) : (
                  formatDate(q.answersDueBy)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

function VendorProcurements() {
  const { t } = useI18n()
  const procurements = useQuery({
    queryKey: ['qa-overview', 'vendor'],
    queryFn: ({ signal }) => apiRequest('/api/vendor/procurements', { schema: z.array(entrySchema), signal }),
  })
  if (procurements.isPending) return <Loading />
  if (procurements.isError) return <ErrorAlert error={procurements.error} title={t('qa.loadFailed')} />
  if (procurements.data.length === 0) return <EmptyState title={t('qa.none')} />
  return (
    <>
      <p>{t('qa.overviewLead')}</p>
      <ul data-testid="qa-procurements">
        {procurements.data.map((p) => (
          <li key={p.id}>
            <Link to={`/upphandlingar/${encodeURIComponent(p.id)}`}>{p.title}</Link>
          </li>
        ))}
      </ul>
    </>
  )
}
