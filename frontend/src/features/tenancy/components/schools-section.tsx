import { type FormEvent, useEffect, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { TextAreaField } from '@/components/text-area-field'
import { useI18n } from '@/lib/i18n/i18n'

import { useSchools, useSetSchools } from '../api/schools'

/** The huvudman's schools, one per line; the tenant admin keeps the list, everyone reads it. */
export function SchoolsSection({ canEdit, onSaved }: { canEdit: boolean; onSaved: (message: string) => void }) {
  const { t } = useI18n()
  const id = useId()
  const schools = useSchools()
  const save = useSetSchools()
  const [text, setText] = useState('')
  useEffect(() => {
    if (schools.data) setText(schools.data.join('\n'))
  }, [schools.data])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const list = text.split('\n').map((line) => line.trim()).filter(Boolean)
    save.mutate(list, { onSuccess: (saved) => onSaved(t('team.schoolsSaved', { count: saved.length })) })
  }
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="schools-section">
      <h2 id={`${id}-heading`}>{t('team.schoolsHeading')}</h2>
      <p className="panel__lead">{t('team.schoolsLead')}</p>
      {schools.isPending ? (
        <Loading />
      ) : schools.isError ? (
        <ErrorAlert error={schools.error} />
      ) : canEdit ? (
        <form className="form" onSubmit={submit}>
          <TextAreaField id={`${id}-list`} label={t('team.schoolsField')} hint={t('team.schoolsHint')} rows={6} value={text}
            onChange={(e) => setText(e.target.value)} />
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <button type="submit" className="button" disabled={save.isPending}>
            {t('team.saveSchools')}
          </button>
        </form>
      ) : schools.data.length === 0 ? (
        <p>{t('team.noSchools')}</p>
      ) : (
        <ul>
          {schools.data.map((school) => (
            <li key={school}>{school}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
