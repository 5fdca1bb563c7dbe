import { Link } from 'react-router'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { isPhase, PHASE_LABELS } from '@/lib/phases'

import { useCloseFollowUp } from '../api/close-follow-up'
import { type FollowUp, useFollowUp } from '../api/get-follow-up'
import { useOpenFollowUp } from '../api/open-follow-up'
import { FactsSection } from './facts-section'
import { NeedOutcomesSection } from './need-outcomes-section'
import { SurveySection } from './survey-section'

/**
 * `/uppfoljning/:procurementId`: the follow-up report of one procurement — needs → requirements →
 * outcome in one view, the facts of delivery, adoption, cost and exit, and the users' survey.
 */
export function FollowUpReportPage({ procurementId }: { procurementId: string }) {
  const { t } = useI18n()
  const followUp = useFollowUp(procurementId)
  if (followUp.isPending) return <Loading />
  if (followUp.isError) {
    return (
      <Page title={t('followUp.title')}>
        <ErrorAlert error={followUp.error} title={t('outcomes.loadFailed')} />
      </Page>
    )
  }
  return <Report followUp={followUp.data} />
}

function Report({ followUp }: { followUp: FollowUp }) {
  const { t, formatDateTime, formatNumber } = useI18n()
  const isBuyer = hasRole(useCurrentPerson(), 'BUYER')
  const open = useOpenFollowUp(followUp.procurementId)
  const close = useCloseFollowUp(followUp.procurementId)
  const editable = followUp.status === 'OPEN'
  return (
    <Page title={followUp.title} lead={t('outcomes.reportLead')}>
      <p className="back-link">
        <Link to="/uppfoljning">{t('outcomes.back')}</Link>
      </p>
      <dl className="summary-list summary-list--compact" data-testid="follow-up-facts">
        <div className="summary-list__row">
          <dt>{t('outcomes.phase')}</dt>
          <dd>{isPhase(followUp.phase) ? t(PHASE_LABELS[followUp.phase]) : followUp.phase}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('outcomes.status')}</dt>
          <dd data-testid="follow-up-status">{t(`outcomes.status.${followUp.status}` as MessageKey)}</dd>
        </div>
        {followUp.benefitRealisedPercent !== null ? (
          <div className="summary-list__row">
            <dt>{t('outcomes.benefitRealised')}</dt>
            <dd>{formatNumber(followUp.benefitRealisedPercent)} %</dd>
          </div>
        ) : null}
        {followUp.closedAt ? (
          <div className="summary-list__row">
            <dt>{t('outcomes.closedAt')}</dt>
            <dd>{formatDateTime(followUp.closedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {followUp.status === 'NOT_OPENED' ? (
        <section className="panel">
          <p>{followUp.canOpen ? t('outcomes.notOpened') : t('outcomes.notYet')}</p>
          {open.isError ? <ErrorAlert error={open.error} /> : null}
          {isBuyer && followUp.canOpen ? (
            <button type="button" className="button" disabled={open.isPending} onClick={() => open.mutate({})}>
              {t('outcomes.open')}
            </button>
          ) : null}
        </section>
      ) : null}
      <NeedOutcomesSection followUp={followUp} canRecord={isBuyer && editable} />
      {followUp.status !== 'NOT_OPENED' ? (
        <>
          <FactsSection followUp={followUp} canRecord={isBuyer && editable} />
          <SurveySection followUp={followUp} />
        </>
      ) : null}
      {isBuyer && editable ? (
        <section className="panel">
          <h2>{t('outcomes.closeHeading')}</h2>
          <p>{t('outcomes.closeLead')}</p>
          {close.isError ? <ErrorAlert error={close.error} /> : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={close.isPending}
            onClick={() => {
              if (window.confirm(t('outcomes.closeConfirm'))) close.mutate({})
            }}
          >
            {t('outcomes.close')}
          </button>
        </section>
      ) : null}
    </Page>
  )
}
