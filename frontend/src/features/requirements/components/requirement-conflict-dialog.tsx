import { useState } from 'react'

import { Dialog } from '@/components/dialog'
import { useI18n } from '@/lib/i18n/i18n'

import type { NeedSummary, RequirementConflict, RequirementField } from '../api/requirements'
import { FIELD_LABELS } from './labels'
import { RequirementValue } from './requirement-value'

interface Props {
  conflict: RequirementConflict
  needs: readonly NeedSummary[]
  pending: boolean
  /** The conflicting fields where the person takes the current version; everything else of theirs is saved again. */
  onResolve: (takeTheirs: RequirementField[]) => void
  onClose: () => void
}

/** Both versions of every conflicting field side by side; the person chooses per field. Nothing is lost either way. */
export function RequirementConflictDialog({ conflict, needs, pending, onResolve, onClose }: Props) {
  const { t, formatDateTime } = useI18n()
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(() =>
    Object.fromEntries(conflict.fields.map((f) => [f.field, 'mine'])),
  )

  const resolve = () => onResolve(conflict.fields.filter((f) => choice[f.field] === 'theirs').map((f) => f.field))

  return (
    <Dialog title={t('requirements.conflictTitle')} onClose={onClose} testId="requirement-conflict">
      <p>{t('requirements.conflictLead')}</p>
      {conflict.fields.map((f) => (
        <fieldset key={f.field} className="conflict-field">
          <legend>{t(FIELD_LABELS[f.field])}</legend>
          <div className="conflict-field__versions">
            <label className="conflict-field__version">
              <input
                type="radio"
                name={`conflict-${f.field}`}
                checked={choice[f.field] === 'mine'}
                onChange={() => setChoice({ ...choice, [f.field]: 'mine' })}
              />{' '}
              <strong>{t('requirements.keepMine')}</strong>
              <span className="conflict-field__value">
                <span className="visually-hidden">{t('requirements.conflictYours')}: </span>
                <RequirementValue field={f.field} value={f.yours} needs={needs} />
              </span>
            </label>
            <label className="conflict-field__version">
              <input
                type="radio"
                name={`conflict-${f.field}`}
                checked={choice[f.field] === 'theirs'}
                onChange={() => setChoice({ ...choice, [f.field]: 'theirs' })}
              />{' '}
              <strong>{t('requirements.takeTheirs')}</strong>
              <span className="conflict-field__value">
                <span className="visually-hidden">{t('requirements.conflictTheirs')}: </span>
                <RequirementValue field={f.field} value={f.theirs} needs={needs} />
              </span>
              {f.changedBy ? (
                <span className="conflict-field__by">
                  {t('requirements.conflictBy', { name: f.changedBy })}
                  {f.changedAt ? ` · ${formatDateTime(f.changedAt)}` : ''}
                </span>
              ) : null}
            </label>
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button" disabled={pending} onClick={resolve}>
          {pending ? t('common.saving') : t('requirements.conflictResolve')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  )
}
