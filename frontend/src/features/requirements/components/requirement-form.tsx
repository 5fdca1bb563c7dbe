import { type FormEvent, type Ref, useEffect, useId, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { ErrorAlert } from '@/components/error-alert'
import { RadioGroup } from '@/components/radio-group'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { useI18n } from '@/lib/i18n/i18n'

import type { NeedSummary } from '../api/get-need-summaries'
import {
  REQUIREMENT_CATEGORIES,
  REQUIREMENT_KINDS,
  type RequirementCategory,
  type RequirementContent,
  type RequirementField,
  type RequirementKind,
} from '../api/get-requirements'
import { requirementFieldErrors } from '../api/requirement-field-errors'
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
  /** Names the form for assistive technology (and shows it), e.g. "Ändra kravet". */
  heading?: string
  submitLabel: string
  /** The save button, for a dialog opened from it to give focus back to. */
  submitRef?: Ref<HTMLButtonElement>
  /** Put focus in the text when the form opens (it opened from a button the person pressed). */
  focusFirst?: boolean
  pending: boolean
  error: unknown
  onSubmit: (content: RequirementContent) => void
  onCancel: () => void
}

/** The fields top to bottom, and the id suffix of each one's control. */
const FIELD_ORDER: readonly RequirementField[] = ['text', 'kind', 'weight', 'category', 'verificationMethod', 'needIds']
const FIELD_IDS: Record<RequirementField, string> = {
  text: 'text',
  kind: 'kind',
  weight: 'weight',
  category: 'category',
  verificationMethod: 'verification',
  needIds: 'needs',
}

/**
 * The fields of a requirement, for writing a new one and for editing. Checks what it can before
 * sending; the server's field errors show at their fields, and the draft stays as typed.
 */
export function RequirementForm({
  id,
  initial,
  needs,
  heading,
  submitLabel,
  submitRef,
  focusFirst = false,
  pending,
  error,
  onSubmit,
  onCancel,
}: RequirementFormProps) {
  const { t } = useI18n()
  const fieldId = useId()
  const [draft, setDraft] = useState<RequirementDraft>(() => draftOf(initial))
  const [local, setLocal] = useState<Partial<Record<RequirementField, string>>>({})
  const server = requirementFieldErrors(error, t)
  const errors = { ...server, ...local }
  // a need that was rejected or merged meanwhile stays ticked if the requirement already served it
  const openNeeds = needs.filter((n) => (n.status !== 'REJECTED' && n.status !== 'MERGED') || draft.needIds.includes(n.id))
  const [focusRequest, setFocusRequest] = useState(0)

  /** Focus goes to the first field that says what is wrong (its error text is rendered by then). */
  const focusFirstProblem = () => {
    for (const field of FIELD_ORDER) {
      const message = document.getElementById(`${fieldId}-${FIELD_IDS[field]}-error`)
      const control = message?.closest('.field, fieldset')?.querySelector<HTMLElement>('input, select, textarea')
      if (control) {
        control.focus()
        return
      }
    }
  }

  useEffect(() => {
    if (focusFirst) document.getElementById(`${fieldId}-text`)?.focus()
  }, [fieldId, focusFirst])

  useEffect(() => {
    if (focusRequest > 0) focusFirstProblem()
    // only when asked, after the errors are on screen
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest])

  useEffect(() => {
    if (error) focusFirstProblem()
    // only when a new answer arrives from the server
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problems: Partial<Record<RequirementField, string>> = {}
    if (!draft.text.trim()) problems.text = t('requirements.textRequired')
    if (!draft.category) problems.category = t('form.required')
    const weight = Number(draft.weight)
    if (draft.kind === 'EVALUATED' && (draft.weight === '' || !Number.isInteger(weight) || weight < 1 || weight > 100)) {
      problems.weight = t('requirements.weightRequired')
    }
    setLocal(problems)
    if (Object.keys(problems).length > 0) {
      setFocusRequest((n) => n + 1)
      return
    }
    onSubmit(contentOf(draft))
  }

  return (
    <form
      id={id}
      className="form requirement-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={heading ? `${fieldId}-heading` : undefined}
    >
      {heading ? (
        <h3 id={`${fieldId}-heading`} className="requirement-form__heading">
          {heading}
        </h3>
      ) : null}
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
      {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} title={t('requirements.saveFailed')} /> : null}
      <div className="button-row">
        <button ref={submitRef} type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
