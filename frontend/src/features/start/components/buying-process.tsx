import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

const PHASES: ReadonlyArray<{ title: MessageKey; body: MessageKey }> = [
  { title: 'process.needs.title', body: 'process.needs.body' },
  { title: 'process.requirements.title', body: 'process.requirements.body' },
  { title: 'process.tender.title', body: 'process.tender.body' },
  { title: 'process.evaluation.title', body: 'process.evaluation.body' },
  { title: 'process.followUp.title', body: 'process.followUp.body' },
]

export function BuyingProcess() {
  const { t } = useI18n()
  return (
    <section className="panel" aria-labelledby="buying-process-heading">
      <h2 id="buying-process-heading">{t('process.heading')}</h2>
      <p>{t('process.lead')}</p>
      <ol className="process">
        {PHASES.map((phase) => (
          <li key={phase.title} className="process__phase">
            <h3 className="process__title">{t(phase.title)}</h3>
            <p className="process__body">{t(phase.body)}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
