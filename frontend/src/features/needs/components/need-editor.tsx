import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

import { ConflictDialog } from '@/components/conflict-dialog'
import { ErrorAlert } from '@/components/error-alert'
import { fieldErrorsOf } from '@/lib/api/error-message'
import { useI18n } from '@/lib/i18n/i18n'

import { editConflictOf, type FieldConflict, useEditNeed } from '../api/edit-need'
import { NEED_FIELDS, type Need, type NeedContent, type NeedField, needsQuery } from '../api/get-needs'
import { FieldValue } from './field-value'
import { FIELD_LABELS } from './labels'
import {
  changesBetween,
  type Choice,
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

interface OpenConflict {
  conflicts: FieldConflict[]
  /** The version the person's edit was based on. */
  base: Need
  /** What the person wanted. */
  mine: NeedContent
  current: Need
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
  const [base, setBase] = useState<Need>(need)
  const [draft, setDraft] = useState<NeedDraft>(() => draftOf(need))
  const [clientErrors, setClientErrors] = useState<DraftErrors>({})
  const [conflict, setConflict] = useState<OpenConflict | null>(null)
  const [looking, setLooking] = useState(false)
  const saveButton = useRef<HTMLButtonElement>(null)
  const isConflict = editConflictOf(editNeed.error) !== null

  const errors: DraftErrors = {
    ...(editNeed.isError && !isConflict ? fieldErrorsOf(editNeed.error, t) : {}),
    ...clientErrors,
  }

  useEffect(() => {
    document.getElementById(draftFieldId(id, 'statement'))?.focus()
  }, [id])

  const openConflict = async (error: unknown, from: Need, mine: NeedContent, changes: Partial<NeedContent>) => {
    const details = editConflictOf(error)
    if (!details) return
    let current = details.current
    if (!current) {
      // the server did not send the need as it is now: fetch it
      setLooking(true)
      try {
        const needs = await queryClient.fetchQuery({ ...needsQuery(procurementId), staleTime: 0 })
        current = needs.find((n) => n.id === from.id) ?? null
      } catch {
        current = null
      } finally {
        setLooking(false)
      }
    }
    if (!current) return
    const latest = current
    const conflicts =
      details.conflicts.length > 0
        ? details.conflicts
        : (Object.keys(changes) as NeedField[])
            .filter((field) => !sameValue(field, from[field], latest[field]))
            .map((field) => ({ field, changedBy: null, changedAt: latest.updatedAt }))
    setConflict({ conflicts, base: from, mine, current: latest })
  }

  const send = (from: Need, next: NeedContent, nothingLeft: string) => {
    const changes = changesBetween(contentOfNeed(from), next)
    if (Object.keys(changes).length === 0) {
      onDone(from, nothingLeft)
      return
    }
    editNeed.mutate(
      { procurementId, needId: from.id, baseVersion: from.version, changes },
      {
        onSuccess: (saved) => onDone(saved, t('needs.saved')),
        onError: (error) => void openConflict(error, from, next, changes),
      },
    )
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validateDraft(draft, t)
    setClientErrors(found)
    const firstInvalid = DRAFT_ERROR_ORDER.find((field) => found[field])
    if (firstInvalid) {
      document.getElementById(draftFieldId(id, firstInvalid))?.focus()
      return
    }
    send(base, contentOf(draft), t('needs.nothingToSave'))
  }

  const resolve = (choices: Partial<Record<NeedField, Choice>>) => {
    if (!conflict) return
    const { current } = conflict
    const next = resolveDraft(contentOfNeed(conflict.base), conflict.mine, contentOfNeed(current), choices)
    // from now on the edit is based on the current version, with the chosen values in the form
    setBase(current)
    setDraft(draftOf(next))
    setConflict(null)
    send(current, next, t('needs.keptTheirs'))
  }

  const otherChanges = conflict
    ? NEED_FIELDS.filter(
        (field) =>
          !conflict.conflicts.some((c) => c.field === field) &&
          !sameValue(field, conflict.base[field], conflict.mine[field]),
      )
    : []

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
          onCancel={() => setConflict(null)}
          returnFocus={saveButton}
        />
      ) : null}
    </>
  )
}
