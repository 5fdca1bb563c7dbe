import { useId, useState } from 'react'
import { Link } from 'react-router'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { RadioGroup } from '@/components/radio-group'
import { useI18n } from '@/lib/i18n/i18n'

import { type Edition, type ProcurementRecord, type RecordSection, recordPdfUrl, useRecord } from '../api/get-record'

/**
 * `/upphandlingar/:procurementId/dokumentation`: the procurement's documentation record (LOU 12 kap. 14–17 §§)
 * as a page to read, with the same record as a PDF/A to download and archive.
 */
export function RecordPage({ procurementId }: { procurementId: string }) {
  const { t } = useI18n()
  const id = useId()
  const [edition, setEdition] = useState<Edition>('BUYER')
  const record = useRecord(procurementId, edition)
  return (
    <Page title={t('record.title')} lead={t('record.lead')}>
      <p className="back-link">
        <Link to={`/upphandlingar/${encodeURIComponent(procurementId)}`}>{t('record.back')}</Link>
      </p>
      <div className="panel record-controls">
        <RadioGroup
          id={`${id}-edition`}
          legend={t('record.edition')}
          hint={edition === 'PUBLIC' ? t('record.edition.PUBLIC.hint') : t('record.edition.BUYER.hint')}
          inline
          options={[
            { value: 'BUYER', label: t('record.edition.BUYER') },
            { value: 'PUBLIC', label: t('record.edition.PUBLIC') },
          ]}
          value={edition}
          onChange={setEdition}
        />
        <p>
          <a className="button" href={recordPdfUrl(procurementId, edition)} download data-testid="record-pdf">
            {t('record.downloadPdf')}
          </a>
        </p>
      </div>
      {record.isPending ? (
        <Loading label={t('record.loading')} />
      ) : record.isError ? (
        <ErrorAlert error={record.error} title={t('record.loadFailed')} />
      ) : (
        <RecordBody record={record.data} />
      )}
    </Page>
  )
}

function RecordBody({ record }: { record: ProcurementRecord }) {
  const { t, formatDateTime, formatNumber } = useI18n()
  const id = useId()
  return (
    <article className="record" aria-labelledby={`${id}-title`} data-testid="record">
      <h2 id={`${id}-title`}>{record.title}</h2>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt>{t('record.organiser')}</dt>
          <dd>{record.tenantName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('record.procedure')}</dt>
          <dd>{record.procedure}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('record.written')}</dt>
          <dd>{t('record.writtenBy', { time: formatDateTime(record.writtenAt), name: record.writtenBy })}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('record.events')}</dt>
          <dd>{formatNumber(record.eventCount)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('record.fingerprint')}</dt>
          <dd className="record__fingerprint">{record.fingerprint}</dd>
        </div>
      </dl>
      <nav aria-label={t('record.contents')}>
        <ol className="record__contents">
          {record.sections.map((section) => (
            <li key={section.order}>
              <a href={`#${id}-section-${section.order}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {record.sections.map((section) => (
        <Chapter key={section.order} id={`${id}-section-${section.order}`} section={section} />
      ))}
    </article>
  )
}

function Chapter({ id, section }: { id: string; section: RecordSection }) {
  const { t, formatDateTime } = useI18n()
  const empty = section.groups.every((group) => group.entries.length === 0)
  return (
    <section className="record__chapter" aria-labelledby={id}>
      <h3 id={id} tabIndex={-1}>
        {section.title}
      </h3>
      {empty ? <p className="muted">{t('record.nothing')}</p> : null}
      {section.groups.map((group, index) =>
        group.entries.length === 0 ? null : (
          <div key={group.heading ?? index} className="record__group">
            {group.heading ? <h4>{group.heading}</h4> : null}
            <ol className="record__entries">
              {group.entries.map((entry, entryIndex) => (
                <li key={`${entry.at}-${entryIndex}`} className="record__entry">
                  <p>
                    <time dateTime={entry.at} className="muted">
                      {formatDateTime(entry.at)}
                    </time>{' '}
                    <strong>{entry.what}</strong>
                    {entry.by ? <> — {entry.by}</> : null}
                  </p>
                  {entry.details.length > 0 ? (
                    <ul className="record__details">
                      {entry.details.map((detail, detailIndex) => (
                        <li key={detailIndex}>{detail}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          </div>
        ),
      )}
    </section>
  )
}
