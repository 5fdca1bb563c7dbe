import { RadioGroup } from '@/components/radio-group'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { useI18n } from '@/lib/i18n/i18n'
import { useProcessMap, useProcessMapLabels } from '@/lib/process-map/get-process-map'

import { PRIORITIES, type Priority } from '../api/get-needs'
import { PRIORITY_LABELS } from './labels'
import type { DraftErrors, NeedDraft } from './need-draft'

/** Element id of a draft field, e.g. for focusing the first one with an error. */
export function draftFieldId(formId: string, field: string): string {
  return field === 'priority' ? `${formId}-priority-${PRIORITIES[0].toLowerCase()}` : `${formId}-${field.replace('.', '-')}`
}

interface NeedFieldsProps {
  /** Prefix for element ids; unique on the page. */
  id: string
  draft: NeedDraft
  onChange: (draft: NeedDraft) => void
  errors: DraftErrors
}

/** The fields of a need, for proposing one and for editing one. */
export function NeedFields({ id, draft, onChange, errors }: NeedFieldsProps) {
  const { t, language } = useI18n()
  const processMap = useProcessMap()
  const labels = useProcessMapLabels()
  const process = processMap.data?.schoolProcesses.find((p) => p.id === draft.schoolProcess)
  const set = <K extends keyof NeedDraft>(key: K, value: NeedDraft[K]) => onChange({ ...draft, [key]: value })
  const setBenefit = (key: keyof NeedDraft['benefit'], value: string) =>
    onChange({ ...draft, benefit: { ...draft.benefit, [key]: value } })
  const placeholder = processMap.isPending ? t('common.loading') : t('form.choose')

  return (
    <>
      <TextAreaField
        id={draftFieldId(id, 'statement')}
        label={t('need.statement')}
        hint={t('need.statementHint')}
        value={draft.statement}
        onChange={(event) => set('statement', event.target.value)}
        error={errors.statement}
        rows={3}
        aria-required
      />
      <div className="field-columns">
        <SelectField
          id={draftFieldId(id, 'perspective')}
          label={t('need.perspective')}
          hint={t('need.perspectiveHint')}
          placeholder={placeholder}
          options={labels.perspectiveOptions}
          value={draft.perspective}
          onChange={(event) => set('perspective', event.target.value)}
          error={errors.perspective}
          aria-required
        />
        <SelectField
          id={draftFieldId(id, 'schoolProcess')}
          label={t('need.schoolProcess')}
          hint={process?.description?.[language] ?? t('need.schoolProcessHint')}
          placeholder={placeholder}
          options={labels.schoolProcessOptions}
          value={draft.schoolProcess}
          onChange={(event) => set('schoolProcess', event.target.value)}
          error={errors.schoolProcess}
          aria-required
        />
      </div>
      <RadioGroup<Priority>
        id={`${id}-priority`}
        legend={t('need.priority')}
        options={PRIORITIES.map((priority) => ({ value: priority, label: t(PRIORITY_LABELS[priority]) }))}
        value={draft.priority}
        onChange={(priority) => set('priority', priority)}
        error={errors.priority}
        inline
      />
      <TextField
        id={draftFieldId(id, 'steeringDocument')}
        label={t('need.steeringDocument')}
        hint={t('need.steeringDocumentHint')}
        value={draft.steeringDocument}
        onChange={(event) => set('steeringDocument', event.target.value)}
        error={errors.steeringDocument}
        autoComplete="off"
      />
      <fieldset className="fieldset fieldset--boxed">
        <legend className="fieldset__legend">{t('need.benefit')}</legend>
        <p className="field__hint">{t('need.benefitHint')}</p>
        {errors.benefit ? (
          <p className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {errors.benefit}
          </p>
        ) : null}
        <TextAreaField
          id={draftFieldId(id, 'benefit.description')}
          label={t('need.benefitDescription')}
          value={draft.benefit.description}
          onChange={(event) => setBenefit('description', event.target.value)}
          error={errors['benefit.description']}
          rows={2}
          aria-required
        />
        <TextField
          id={draftFieldId(id, 'benefit.indicator')}
          label={t('need.benefitIndicator')}
          hint={t('need.benefitIndicatorHint')}
          value={draft.benefit.indicator}
          onChange={(event) => setBenefit('indicator', event.target.value)}
          error={errors['benefit.indicator']}
          autoComplete="off"
        />
        <div className="field-columns field-columns--three">
          <TextField
            id={draftFieldId(id, 'benefit.baseline')}
            label={t('need.benefitBaseline')}
            value={draft.benefit.baseline}
            onChange={(event) => setBenefit('baseline', event.target.value)}
            error={errors['benefit.baseline']}
            inputMode="decimal"
            autoComplete="off"
            className="field__input--short"
          />
          <TextField
            id={draftFieldId(id, 'benefit.target')}
            label={t('need.benefitTarget')}
            value={draft.benefit.target}
            onChange={(event) => setBenefit('target', event.target.value)}
            error={errors['benefit.target']}
            inputMode="decimal"
            autoComplete="off"
            className="field__input--short"
          />
          <TextField
            id={draftFieldId(id, 'benefit.unit')}
            label={t('need.benefitUnit')}
            value={draft.benefit.unit}
            onChange={(event) => setBenefit('unit', event.target.value)}
            error={errors['benefit.unit']}
            autoComplete="off"
          />
        </div>
      </fieldset>
    </>
  )
}
