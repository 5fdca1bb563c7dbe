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

/** Phases in which questions are asked or answered. */
const WITH_QUESTIONS = ['MARKET_DIALOGUE', 'REQUIREMENTS', 'TENDERING', 'EVALUATION']

const entrySchema = z.object({ id: z.string(), title: z.string() }).passthrough()

/**
 * `/fragor`: the way into questions and answers, which live in each procurement. A tenant's team
 * sees its procurements that take questions; a vendor the procurements it is invited to.
 */
export function QuestionsPage() {
  const { t } = useI18n()
  const tenant = isTenantMember(useCurrentPerson())
  const procurements = useQuery({
    queryKey: ['qa-overview', tenant],
    queryFn: async ({ signal }) => {
      if (tenant) {
        const all = await apiRequest('/api/procurements', { schema: z.array(entrySchema.extend({ phase: z.string() })), signal })
        return all.filter((p) => WITH_QUESTIONS.includes(p.phase))
      }
      return apiRequest('/api/vendor/procurements', { schema: z.array(entrySchema), signal })
    },
  })
  return (
    <Page title={t('qa.title')} lead={t('qa.lead')}>
      {procurements.isPending ? (
        <Loading />
      ) : procurements.isError ? (
        <ErrorAlert error={procurements.error} title={t('qa.loadFailed')} />
      ) : procurements.data.length === 0 ? (
        <EmptyState title={t('qa.none')} />
      ) : (
        <>
          <p>{t('qa.overviewLead')}</p>
          <ul data-testid="qa-procurements">
            {procurements.data.map((p) => (
              <li key={p.id}>
                <Link to={`/upphandlingar/${encodeURIComponent(p.id)}${tenant ? '?flik=fragor' : ''}`}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  )
}
