import { Link } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useI18n } from '@/lib/i18n/i18n'
import { isPhase, PHASE_LABELS } from '@/lib/phases'

import { useFollowableProcurements } from '../api/get-followable-procurements'

/** `/uppfoljning`: the tenant's implemented procurements, each leading to its follow-up and survey. */
export function FollowUpPage() {
  const { t } = useI18n()
  const procurements = useFollowableProcurements()
  return (
    <Page title={t('followUp.title')} lead={t('outcomes.listLead')}>
      {procurements.isPending ? (
        <Loading />
      ) : procurements.isError ? (
        <ErrorAlert error={procurements.error} />
      ) : procurements.data.length === 0 ? (
        <EmptyState title={t('followUp.emptyTitle')}>{t('outcomes.listEmpty')}</EmptyState>
      ) : (
        <ul className="card-list" data-testid="followable-procurements">
          {procurements.data.map((p) => (
            <li key={p.id}>
              <Link to={`/uppfoljning/${encodeURIComponent(p.id)}`}>{p.title}</Link>{' '}
              <span className="card__meta">· {isPhase(p.phase) ? t(PHASE_LABELS[p.phase]) : p.phase}</span>
            </li>
          ))}
        </ul>
      )}
    </Page>
  )
}
