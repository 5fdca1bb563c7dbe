import { type FormEvent, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { RadioGroup } from '@/components/radio-group'
import { SelectField } from '@/components/select-field'
import { TextAreaField } from '@/components/text-area-field'
import { TextField } from '@/components/text-field'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import { CATEGORIES, type Category, KINDS, type Kind, type Template, type TemplateContent } from '../api/library'

interface Props {
  initial?: Template
  pending: boolean
  error: unknown
  onSubmit: (content: TemplateContent) => void
  onCancel: () => void
}

/** Association staff write or revise a template; a revision keeps the template's id and counts up. */
export function TemplateForm({ initial, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useI18n()
  const id = useId()
  const [titleSv, setTitleSv] = useState(initial?.titleSv ?? '')
  const [titleEn, setTitleEn] = useState(initial?.titleEn ?? '')
  const [text, setText] = useState(initial?.text ?? '')
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'MANDATORY')
  const [weight, setWeight] = useState(initial?.defaultWeight == null ? '' : String(initial.defaultWeight))
  const [category, setCategory] = useState<Category | ''>(initial?.category ?? '')
  const [verification, setVerification] = useState(initial?.verificationMethod ?? '')
  const [references, setReferences] = useState((initial?.references ?? []).join('\n'))
  const [local, setLocal] = useState<Record<string, string>>({})
  const errors = { ...fieldErrorsOf(error, t), ...local }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problems: Record<string, string> = {}
    if (!titleSv.trim()) problems.titleSv = t('form.required')
    if (!text.trim()) problems.text = t('form.required')
    if (!category) problems.category = t('form.required')
    setLocal(problems)
    if (Object.keys(problems).length > 0) return
    onSubmit({
      titleSv: titleSv.trim(),
      titleEn: titleEn.trim() || null,
      text: text.trim(),
      kind,
      defaultWeight: kind === 'EVALUATED' && weight ? Number(weight) : null,
      category: category as Category,
      verificationMethod: verification.trim() || null,
      schoolProcesses: initial?.schoolProcesses ?? [],
      references: references
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    })
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField id={`${id}-sv`} label={t('library.field.titleSv')} value={titleSv} maxLength={300} error={errors.titleSv} onChange={(e) => setTitleSv(e.target.value)} />
      <TextField id={`${id}-en`} label={t('library.field.titleEn')} value={titleEn} maxLength={300} error={errors.titleEn} onChange={(e) => setTitleEn(e.target.value)} />
      <TextAreaField id={`${id}-text`} label={t('library.field.text')} value={text} maxLength={4000} error={errors.text} onChange={(e) => setText(e.target.value)} />
      <RadioGroup
        id={`${id}-kind`}
        legend={t('library.field.kind')}
        inline
        options={KINDS.map((k) => ({ value: k, label: t(`requirements.kind.${k}` as MessageKey) }))}
        value={kind}
        onChange={setKind}
      />
      {kind === 'EVALUATED' ? (
        <TextField
          id={`${id}-weight`}
          label={t('library.field.defaultWeight')}
          inputMode="numeric"
          value={weight}
          error={errors.defaultWeight}
          onChange={(e) => setWeight(e.target.value.replace(/[^\d]/g, ''))}
        />
      ) : null}
      <SelectField
        id={`${id}-category`}
        label={t('library.field.category')}
        placeholder="–"
        options={CATEGORIES.map((c) => ({ value: c, label: t(`requirements.category.${c}` as MessageKey) }))}
        value={category}
        error={errors.category}
        onChange={(e) => setCategory(e.target.value as Category)}
      />
      <TextField id={`${id}-verification`} label={t('library.field.verificationMethod')} value={verification} maxLength={1000} onChange={(e) => setVerification(e.target.value)} />
      <TextAreaField id={`${id}-refs`} label={t('library.field.references')} value={references} onChange={(e) => setReferences(e.target.value)} />
      {error && Object.keys(fieldErrorsOf(error, t)).length === 0 ? <ErrorAlert error={error} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('library.saveTemplate')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
