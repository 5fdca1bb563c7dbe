import { type FormEvent, useId, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { ErrorAlert } from '@/components/error-alert'
import { RadioGroup } from '@/components/radio-group'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { useI18n } from '@/lib/i18n/i18n'

import {
  type NeedSummary,
  REQUIREMENT_CATEGORIES,
  REQUIREMENT_KINDS,
  type RequirementCategory,
  type RequirementContent,
  type RequirementKind,
} from '../api/requirements'
import { CATEGORY_LABELS, KIND_LABELS } from './labels'

export interface RequirementDraft {
  text: string
  kind: RequirementKind
  weight: string
  category: RequirementCategory | ''
  verificationMethod: string
  needIds: string[]
}

export function draftOf(content?: RequirementContent): RequirementDraft {
  return {
    text: content?.text ?? '',
    kind: content?.kind ?? 'MANDATORY',
    weight: content?.weight == null ? '' : String(content.weight),
    category: content?.category ?? '',
    verificationMethod: content?.verificationMethod ?? '',
    needIds: content?.needIds ?? [],
  }
}

/** The draft as the API takes it (weight only for evaluated requirements). */
export function contentOf(draft: RequirementDraft): RequirementContent {
  return {
    text: draft.text.trim(),
    kind: draft.kind,
    weight: draft.kind === 'EVALUATED' && draft.weight !== '' ? Number(draft.weight) : null,
    category: draft.category as RequirementCategory,
    verificationMethod: draft.verificationMethod.trim() || null,
    needIds: draft.needIds,
  }
}

interface RequirementFormProps {
  id?: string
  initial?: RequirementContent
  needs: readonly NeedSummary[]
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (content: RequirementContent) => void
  onCancel: () => void
}

/** The fields of a requirement, for writing a new one and for editing. Checks what it can before sending. */
export function RequirementForm({ id, initial, needs, submitLabel, pending, error, onSubmit, onCancel }: RequirementFormProps) {
  const { t } = useI18n()
  const fieldId = useId()
  const [draft, setDraft] = useState<RequirementDraft>(() => draftOf(initial))
  const [local, setLocal] = useState<Record<string, string>>({})
  const server = fieldErrorsOf(error, t)
  const errors = { ...server, ...local }
  const openNeeds = needs.filter((n) => n.status !== 'REJECTED' && n.status !== 'MERGED')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problems: Record<string, string> = {}
    if (!draft.text.trim()) problems.text = t('requirements.textRequired')
    if (!draft.category) problems.category = t('form.required')
    const weight = Number(draft.weight)
    if (draft.kind === 'EVALUATED' && (draft.weight === '' || !Number.isInteger(weight) || weight < 1 || weight > 100)) {
      problems.weight = t('requirements.weightRequired')
    }
    setLocal(problems)
    if (Object.keys(problems).length === 0) onSubmit(contentOf(draft))
  }

  return (
    <form id={id} className="form requirement-form" onSubmit={submit} noValidate>
      <TextAreaField
        id={`${fieldId}-text`}
        label={t('requirements.field.text')}
        value={draft.text}
        maxLength={4000}
        rows={3}
        required
        error={errors.text}
        onChange={(e) => setDraft({ ...draft, text: e.target.value })}
      />
      <RadioGroup
        id={`${fieldId}-kind`}
        legend={t('requirements.field.kind')}
        options={REQUIREMENT_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
        value={draft.kind}
        inline
        onChange={(kind) => setDraft({ ...draft, kind })}
        error={errors.kind}
      />
      {draft.kind === 'EVALUATED' ? (
        <TextField
          id={`${fieldId}-weight`}
          label={t('requirements.field.weight')}
          inputMode="numeric"
          value={draft.weight}
          error={errors.weight}
          onChange={(e) => setDraft({ ...draft, weight: e.target.value.replace(/[^\d]/g, '') })}
        />
      ) : null}
      <SelectField
        id={`${fieldId}-category`}
        label={t('requirements.field.category')}
        placeholder="–"
        options={REQUIREMENT_CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_LABELS[c]) }))}
        value={draft.category}
        required
        error={errors.category}
        onChange={(e) => setDraft({ ...draft, category: e.target.value as RequirementCategory })}
      />
      <TextField
        id={`${fieldId}-verification`}
        label={t('requirements.field.verificationMethod')}
        hint={t('requirements.field.verificationHint')}
        value={draft.verificationMethod}
        maxLength={1000}
        error={errors.verificationMethod}
        onChange={(e) => setDraft({ ...draft, verificationMethod: e.target.value })}
      />
      {openNeeds.length > 0 ? (
        <CheckboxGroup
          id={`${fieldId}-needs`}
          legend={t('requirements.field.needIds')}
          options={openNeeds.map((n) => ({ value: n.id, label: n.statement }))}
          selected={draft.needIds}
          onChange={(needIds) => setDraft({ ...draft, needIds })}
          error={errors.needIds}
        />
      ) : null}
      {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
