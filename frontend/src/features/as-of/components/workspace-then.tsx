import { type ReactNode, useId } from 'react'

import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import type { AsOf, NeedThen, RequirementThen } from '../api/get-as-of'
import { CATEGORY_LABELS, KIND_LABELS, labelOf, NEED_STATUS_LABELS, PHASE_LABELS, PRIORITY_LABELS } from './labels'

type Existing = AsOf & { procurement: NonNullable<AsOf['procurement']> }

/** The procurement, its needs and its requirements as they were: read-only, and marked as the past. */
export function WorkspaceThen({ asOf }: { asOf: Existing }) {
  const { t, formatMoment } = useI18n()
  const id = useId()
  const { procurement } = asOf
  const statementOf = (needId: string) => asOf.needs.find((n) => n.id === needId)?.content.statement ?? needId

  return (
    <section className="panel as-of" aria-labelledby={`${id}-heading`} data-testid="as-of">
      <h2 id={`${id}-heading`}>{t('asOf.heading', { time: formatMoment(asOf.at) })}</h2>
      <p className="alert alert--warning" role="note">
        {t('asOf.readOnly')}
      </p>
      <dl className="summary-list">
        <Row label={t('asOf.procurementTitle')}>{procurement.title}</Row>
        <Row label={t('asOf.phase')}>{labelOf(PHASE_LABELS, procurement.phase, t)}</Row>
        <Row label={t('asOf.team')}>{t('asOf.teamSize', { count: procurement.teamSize })}</Row>
        <Row label={t('asOf.version')}>{procurement.version}</Row>
      </dl>

      <h3>{t('asOf.needs', { count: asOf.needs.length })}</h3>
      {asOf.needs.length === 0 ? (
        <p>{t('asOf.noNeeds')}</p>
      ) : (
        <ol className="requirements-list">
          {asOf.needs.map((need) => (
            <li key={need.id}>
              <NeedThenCard need={need} />
            </li>
          ))}
        </ol>
      )}

      <h3>{t('asOf.requirements', { count: asOf.requirements.length })}</h3>
      {asOf.requirements.length === 0 ? (
        <p>{t('asOf.noRequirements')}</p>
      ) : (
        <ol className="requirements-list">
          {asOf.requirements.map((requirement) => (
            <li key={requirement.id}>
              <RequirementThenCard requirement={requirement} statementOf={statementOf} />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function NeedThenCard({ need }: { need: NeedThen }) {
  const { t } = useI18n()
  const processes = useProcessMapLabels()
  const { content } = need
  const benefit = content.benefit
  const measure =
    benefit && (benefit.baseline != null || benefit.target != null)
      ? [benefit.indicator, `${benefit.baseline ?? '–'} → ${benefit.target ?? '–'}`, benefit.unit].filter(Boolean).join(' ')
      : benefit?.indicator
  return (
    <article className="requirement-card" data-testid="need-then" aria-label={content.statement}>
      <h4>{content.statement}</h4>
      <p className="card__tags">
        {need.status ? <span className="tag">{labelOf(NEED_STATUS_LABELS, need.status, t)}</span> : null}{' '}
        {content.priority ? (
          <span className="tag">{t('needs.priorityBadge', { priority: labelOf(PRIORITY_LABELS, content.priority, t) })}</span>
        ) : null}
      </p>
      <dl className="summary-list summary-list--compact">
        {content.perspective ? <Row label={t('need.perspective')}>{processes.perspective(content.perspective)}</Row> : null}
        {content.schoolProcess ? <Row label={t('need.schoolProcess')}>{processes.schoolProcess(content.schoolProcess)}</Row> : null}
        {content.steeringDocument ? <Row label={t('need.steeringDocument')}>{content.steeringDocument}</Row> : null}
        {benefit?.description ? <Row label={t('need.benefit')}>{benefit.description}</Row> : null}
        {measure ? <Row label={t('need.benefitIndicator')}>{measure}</Row> : null}
        <Row label={t('need.endorsementsField')}>{need.endorsements}</Row>
      </dl>
      <p className="card__meta">{t('asOf.itemVersion', { version: need.version })}</p>
    </article>
  )
}

function RequirementThenCard({ requirement, statementOf }: { requirement: RequirementThen; statementOf: (id: string) => string }) {
  const { t } = useI18n()
  const { content } = requirement
  return (
    <article className="requirement-card" data-testid="requirement-then" aria-label={content.text}>
      <p className="card__tags">
        <span className={content.kind === 'MANDATORY' ? 'tag tag--strong' : 'tag'}>{labelOf(KIND_LABELS, content.kind, t)}</span>{' '}
        <span className="tag">{labelOf(CATEGORY_LABELS, content.category, t)}</span>
      </p>
      <p className="requirement-card__text">{content.text}</p>
      <dl className="summary-list summary-list--compact">
        {content.weight != null ? <Row label={t('asOf.weight')}>{content.weight}</Row> : null}
        {content.verificationMethod ? <Row label={t('asOf.verificationMethod')}>{content.verificationMethod}</Row> : null}
        {content.needIds.length > 0 ? (
          <Row label={t('asOf.servesNeeds')}>
            <ul className="inline-list">
              {content.needIds.map((needId) => (
                <li key={needId}>{statementOf(needId)}</li>
              ))}
            </ul>
          </Row>
        ) : null}
      </dl>
      <p className="card__meta">{t('asOf.itemVersion', { version: requirement.version })}</p>
    </article>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
