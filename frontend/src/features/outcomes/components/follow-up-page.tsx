import { Link } from 'react-router'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { isPhase, PHASE_LABELS } from '@/lib/phases'

import { useFollowUps } from '../api/get-follow-ups'
import { SURVEY_ANCHOR } from './survey-anchor'

/** `/uppfoljning`: the person's implemented procurements, each leading to its follow-up, and to the survey while it waits for them. */
export function FollowUpPage() {
  const { t } = useI18n()
  const followUps = useFollowUps()
  return (
    <Page title={t('followUp.title')} lead={t('outcomes.listLead')}>
      {followUps.isPending ? (
        <Loading />
      ) : followUps.isError ? (
        <ErrorAlert error={followUps.error} />
      ) : followUps.data.length === 0 ? (
        <EmptyState title={t('followUp.emptyTitle')}>{t('outcomes.listEmpty')}</EmptyState>
      ) : (
        <ul className="card-list" data-testid="followable-procurements">
          {followUps.data.map((p) => {
            const path = `/uppfoljning/${encodeURIComponent(p.procurementId)}`
            return (
              <li key={p.procurementId} data-testid="followable-procurement">
                <Link to={path}>{p.title}</Link>{' '}
                <span className="card__meta">
                  · {isPhase(p.phase) ? t(PHASE_LABELS[p.phase]) : p.phase} · {t(`outcomes.status.${p.status}` as MessageKey)}
                </span>
                {p.canAnswer ? (
                  <>
                    {' '}
                    <Link to={`${path}#${SURVEY_ANCHOR}`} className="button button--secondary" data-testid="survey-link">
                      {p.answered ? t('followUp.changeAnswer') : t('followUp.answerSurvey')}
                    </Link>
                  </>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </Page>
  )
}
