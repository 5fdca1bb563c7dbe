import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

import { ConflictDialog } from '@/components/conflict-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { type SaveOutcome, useCoEdit } from '@/lib/use-co-edit'

import { needConflictOf, useEditNeed } from '../api/edit-need'
import { NEED_FIELDS, type Need, type NeedField, needsQuery } from '../api/get-needs'
import { FieldValue } from './field-value'
import { FIELD_LABELS } from './labels'
import {
  changesBetween,
  contentOf,
  contentOfNeed,
  DRAFT_ERROR_ORDER,
  type DraftErrors,
  draftOf,
  type NeedDraft,
  resolveDraft,
  sameValue,
  validateDraft,
} from './need-draft'
import { draftFieldId, NeedFields } from './need-fields'

const DONE_MESSAGES: Record<SaveOutcome, MessageKey> = {
  saved: 'needs.saved',
  unchanged: 'needs.nothingToSave',
  keptTheirs: 'needs.keptTheirs',
}

interface NeedEditorProps {
  procurementId: string
  need: Need
  /** Saved (or nothing left to save); `message` says which. */
  onDone: (need: Need, message: string) => void
  onCancel: () => void
}

/**
 * Edits a need with PATCH: only the changed fields, based on the version the editing started
 * from. If someone else changed the same fields meanwhile, the person chooses per field in a
 * dialog; what they typed stays in the form throughout.
 */
export function NeedEditor({ procurementId, need, onDone, onCancel }: NeedEditorProps) {
  const { t } = useI18n()
  const id = useId()
  const queryClient = useQueryClient()
  const editNeed = useEditNeed()
  const [draft, setDraft] = useState<NeedDraft>(() => draftOf(need))
  const [clientErrors, setClientErrors] = useState<DraftErrors>({})
  const saveButton = useRef<HTMLButtonElement>(null)
  const isConflict = needConflictOf(editNeed.error) !== null
  const { conflict, otherChanges, looking, save, resolve, cancelConflict } = useCoEdit({
    item: need,
    fields: NEED_FIELDS,
    contentOf: contentOfNeed,
    sameValue,
    changesBetween,
    resolve: resolveDraft,
    conflictOf: needConflictOf,
    fetchCurrent: async (from) => {
      const needs = await queryClient.fetchQuery({ ...needsQuery(procurementId), staleTime: 0 })
      return needs.find((n) => n.id === from.id) ?? null
    },
    mutation: editNeed,
    variables: (from, changes) => ({ procurementId, needId: from.id, baseVersion: from.version, changes }),
    onRestart: (next) => setDraft(draftOf(next)),
    onDone: (item, outcome) => onDone(item, t(DONE_MESSAGES[outcome])),
  })

  const errors: DraftErrors = {
    ...(editNeed.isError && !isConflict ? fieldErrorsOf(editNeed.error, t) : {}),
    ...clientErrors,
  }

  useEffect(() => {
    document.getElementById(draftFieldId(id, 'statement'))?.focus()
  }, [id])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validateDraft(draft, t)
    setClientErrors(found)
    const firstInvalid = DRAFT_ERROR_ORDER.find((field) => found[field])
    if (firstInvalid) {
      document.getElementById(draftFieldId(id, firstInvalid))?.focus()
      return
    }
    save(contentOf(draft))
  }

  // The dialog sits beside the form, not in it: React events bubble out of portals along the
  // component tree, and the dialog's submit must not also submit the editor.
  return (
    <>
      <form className="need-editor form--wide" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`} className="need-editor__heading">
          {t('needs.editHeading')}
        </h3>
        {editNeed.isError && !conflict ? <ErrorAlert error={editNeed.error} title={t('needs.saveFailed')} /> : null}
        <NeedFields id={id} draft={draft} onChange={setDraft} errors={errors} />
        <div className="button-row">
          <button ref={saveButton} type="submit" className="button" disabled={editNeed.isPending || looking}>
            {t('needs.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {editNeed.isPending || looking ? <span className="pending">{t('common.saving')}</span> : null}
        </div>
      </form>
      {conflict ? (
        <ConflictDialog<NeedField>
          fields={conflict.conflicts.map((c) => ({
            field: c.field,
            label: t(FIELD_LABELS[c.field]),
            mine: <FieldValue field={c.field} value={conflict.mine[c.field]} />,
            theirs: <FieldValue field={c.field} value={conflict.current[c.field]} />,
            changedBy: c.changedBy,
            changedAt: c.changedAt,
          }))}
          otherChanges={otherChanges.map((field) => t(FIELD_LABELS[field]))}
          pending={editNeed.isPending}
          onResolve={resolve}
          onCancel={cancelConflict}
          returnFocus={saveButton}
        />
      ) : null}
    </>
  )
}
