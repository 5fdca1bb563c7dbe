import { type FormEvent, useEffect, useId, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { ProblemAlert } from '@/components/problem-alert'
import { RadioGroup } from '@/components/radio-group'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { problemFieldErrors } from '@/lib/api/problem-text'
import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { CATEGORIES, KINDS, type Template } from '../api/get-templates'
import { useSaveTemplate } from '../api/save-template'
import { CATEGORY_LABELS, KIND_LABELS, LIBRARY_PROBLEMS } from './labels'
import {
  contentOf,
  draftOf,
  LIMITS,
  TEMPLATE_FIELDS,
  type TemplateDraft,
  type TemplateErrors,
  type TemplateField,
  validateTemplate,
} from './template-draft'

interface TemplateFormProps {
  /** The template to revise; a new one when absent. */
  template?: Template
  onSaved: (saved: Template) => void
  onCancel: () => void
}

/** Puts the cursor in a field, or in the first option of a group of radios or checkboxes. */
function focusField(formId: string, field: TemplateField) {
  const element = document.getElementById(`${formId}-${field}`)
  const target = element?.matches('input, textarea, select') ? element : element?.querySelector<HTMLElement>('input, textarea, select')
  target?.focus()
}

/** Association staff write a template, or revise one: a revision keeps the id and counts up. */
export function TemplateForm({ template, onSaved, onCancel }: TemplateFormProps) {
  const { t } = useI18n()
  const id = useId()
  const processes = useProcessMapLabels()
  const save = useSaveTemplate()
  // what was typed stays in `draft` whatever the server answers; the form closes only on success
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(template))
  const [clientErrors, setClientErrors] = useState<TemplateErrors>({})
  const serverErrors: TemplateErrors = save.isError ? problemFieldErrors(save.error, t, LIBRARY_PROBLEMS) : {}
  const errors: TemplateErrors = { ...serverErrors, ...clientErrors }
  const serverFieldCount = Object.keys(serverErrors).length
  const heading = template ? t('library.reviseHeading', { revision: template.revision }) : t('library.newTemplate')

  useEffect(() => focusField(id, 'titleSv'), [id])

  // the server found something the form did not: put the cursor there
  useEffect(() => {
    if (!save.error) return
    const found: TemplateErrors = problemFieldErrors(save.error, t, LIBRARY_PROBLEMS)
    const first = TEMPLATE_FIELDS.find((field) => found[field])
    if (first) focusField(id, first)
  }, [save.error, id, t])

  const change = <F extends TemplateField>(field: F, value: TemplateDraft[F]) => {
    setDraft((current) => ({ ...current, [field]: value }))
    // an error stays until the field is changed
    setClientErrors((current) => {
      const rest = { ...current }
      delete rest[field]
      return rest
    })
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = validateTemplate(draft, t)
    setClientErrors(found)
    const first = TEMPLATE_FIELDS.find((field) => found[field])
    if (first) {
      focusField(id, first)
      return
    }
    save.mutate({ templateId: template?.id, content: contentOf(draft) }, { onSuccess: onSaved })
  }

  return (
    <section className="subpanel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        {/* field problems are shown at the fields; anything else here */}
        {save.isError && serverFieldCount === 0 ? (
          <ProblemAlert error={save.error} title={t('library.saveFailed')} codes={LIBRARY_PROBLEMS} />
        ) : null}
        <TextField
          id={`${id}-titleSv`}
          label={t('library.field.titleSv')}
          value={draft.titleSv}
          error={errors.titleSv}
          onChange={(e) => change('titleSv', e.target.value)}
        />
        <TextField
          id={`${id}-titleEn`}
          label={t('library.field.titleEn')}
          hint={t('library.field.titleEnHint')}
          value={draft.titleEn}
          error={errors.titleEn}
          onChange={(e) => change('titleEn', e.target.value)}
        />
        <TextAreaField
          id={`${id}-text`}
          label={t('library.field.text')}
          value={draft.text}
          rows={4}
          error={errors.text}
          onChange={(e) => change('text', e.target.value)}
        />
        <div id={`${id}-kind`}>
          <RadioGroup
            id={`${id}-kind-options`}
            legend={t('library.field.kind')}
            inline
            options={KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
            value={draft.kind}
            error={errors.kind}
            onChange={(kind) => change('kind', kind)}
          />
        </div>
        {draft.kind === 'EVALUATED' ? (
          <TextField
            id={`${id}-defaultWeight`}
            label={t('library.field.defaultWeight')}
            hint={t('library.field.defaultWeightHint', { min: LIMITS.minWeight, max: LIMITS.maxWeight })}
            inputMode="numeric"
            value={draft.defaultWeight}
            error={errors.defaultWeight}
            onChange={(e) => change('defaultWeight', e.target.value)}
          />
        ) : null}
        <SelectField
          id={`${id}-category`}
          label={t('library.field.category')}
          placeholder={t('form.choose')}
          options={CATEGORIES.map((category) => ({ value: category, label: t(CATEGORY_LABELS[category]) }))}
          value={draft.category}
          error={errors.category}
          onChange={(e) => change('category', e.target.value as TemplateDraft['category'])}
        />
        <TextField
          id={`${id}-verificationMethod`}
          label={t('library.field.verificationMethod')}
          hint={t('library.field.verificationMethodHint')}
          value={draft.verificationMethod}
          error={errors.verificationMethod}
          onChange={(e) => change('verificationMethod', e.target.value)}
        />
        {processes.schoolProcessOptions.length > 0 ? (
          <div id={`${id}-schoolProcesses`}>
            <CheckboxGroup
              id={`${id}-schoolProcesses-options`}
              legend={t('library.field.schoolProcesses')}
              options={processes.schoolProcessOptions}
              selected={draft.schoolProcesses}
              error={errors.schoolProcesses}
              onChange={(selected) => change('schoolProcesses', selected)}
            />
          </div>
        ) : null}
        <TextAreaField
          id={`${id}-references`}
          label={t('library.field.references')}
          hint={t('library.field.referencesHint')}
          value={draft.references}
          rows={3}
          error={errors.references}
          onChange={(e) => change('references', e.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('library.saveTemplate')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {save.isPending ? <span className="pending">{t('common.saving')}</span> : null}
        </div>
      </form>
    </section>
  )
}
