import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'

import { type ConflictChoice, ConflictDialog } from '@/components/conflict-dialog'
import { useI18n } from '@/lib/i18n/i18n'

import {
  type NeedSummary,
  REQUIREMENT_FIELDS,
  type Requirement,
  type RequirementContent,
  type RequirementField,
  type RequirementFieldConflict,
  requirementConflictOf,
  requirementsQuery,
  useEditRequirement,
} from '../api/requirements'
import { FIELD_LABELS } from './labels'
import { changesBetween, contentOfRequirement, resolveContent, sameValue } from './requirement-changes'
import { RequirementForm } from './requirement-form'
import { RequirementValue } from './requirement-value'

interface OpenConflict {
  fields: RequirementFieldConflict[]
  /** The version the person's edit was based on. */
  base: Requirement
  /** What the person wanted. */
  mine: RequirementContent
  current: Requirement
}

interface RequirementEditorProps {
  procurementId: string
  requirement: Requirement
  needs: readonly NeedSummary[]
  /** Saved (or nothing left to save); `message` says which. */
  onDone: (message: string) => void
  onCancel: () => void
}

/**
 * Edits a requirement with PATCH: only the changed fields, based on the version the editing
 * started from (not the one the list shows now: live updates must not turn someone else's change
 * into a silent overwrite). If someone else changed the same fields meanwhile, the person chooses
 * per field; what they typed stays in the form throughout.
 */
export function RequirementEditor({ procurementId, requirement, needs, onDone, onCancel }: RequirementEditorProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const edit = useEditRequirement(procurementId)
  const [base, setBase] = useState<Requirement>(requirement)
  /** The form's starting values; after a resolution the form starts again from the chosen ones. */
  const [formStart, setFormStart] = useState<{ content: RequirementContent; key: number }>(() => ({
    content: contentOfRequirement(requirement),
    key: 0,
  }))
  const [conflict, setConflict] = useState<OpenConflict | null>(null)
  const [looking, setLooking] = useState(false)
  const saveButton = useRef<HTMLButtonElement>(null)

  const openConflict = async (error: unknown, from: Requirement, mine: RequirementContent, changes: Partial<RequirementContent>) => {
    const details = requirementConflictOf(error)
    if (!details) return
    let current = details.current
    if (!current) {
      // the server did not send the requirement as it is now: fetch it
      setLooking(true)
      try {
        const list = await queryClient.fetchQuery({ ...requirementsQuery(procurementId), staleTime: 0 })
        current = list.find((r) => r.id === from.id) ?? null
      } catch {
        current = null
      } finally {
        setLooking(false)
      }
    }
    if (!current) return
    const latest = current
    const fields =
      details.fields.length > 0
        ? details.fields
        : (Object.keys(changes) as RequirementField[])
            .filter((field) => !sameValue(field, from[field], latest[field]))
            .map((field) => ({ field, changedBy: null, changedAt: latest.updatedAt }))
    setConflict({ fields, base: from, mine, current: latest })
  }

  const send = (from: Requirement, next: RequirementContent, nothingLeft: string) => {
    const changes = changesBetween(contentOfRequirement(from), next)
    if (Object.keys(changes).length === 0) {
      onDone(nothingLeft)
      return
    }
    edit.mutate(
      { requirementId: from.id, baseVersion: from.version, changes },
      {
        onSuccess: () => onDone(t('requirements.saved')),
        onError: (error) => void openConflict(error, from, next, changes),
      },
    )
  }

  const resolve = (choices: Partial<Record<RequirementField, ConflictChoice>>) => {
    if (!conflict) return
    const { current } = conflict
    const next = resolveContent(contentOfRequirement(conflict.base), conflict.mine, contentOfRequirement(current), choices)
    // from now on the edit is based on the current version, with the chosen values in the form
    setBase(current)
    setFormStart((start) => ({ content: next, key: start.key + 1 }))
    setConflict(null)
    send(current, next, t('requirements.keptTheirs'))
  }

  const otherChanges = conflict
    ? REQUIREMENT_FIELDS.filter(
        (field) => !conflict.fields.some((c) => c.field === field) && !sameValue(field, conflict.base[field], conflict.mine[field]),
      )
    : []

  // The dialog sits beside the form, not in it: React events bubble out of portals along the
  // component tree, and the dialog's submit must not also submit the editor.
  return (
    <>
      <RequirementForm
        key={formStart.key}
        initial={formStart.content}
        needs={needs}
        heading={t('requirements.editHeading')}
        submitLabel={t('requirements.saveChanges')}
        submitRef={saveButton}
        focusFirst
        pending={edit.isPending || looking}
        error={requirementConflictOf(edit.error) ? null : edit.error}
        onSubmit={(content) => send(base, content, t('requirements.nothingChanged'))}
        onCancel={onCancel}
      />
      {conflict ? (
        <ConflictDialog<RequirementField>
          testId="requirement-conflict"
          fields={conflict.fields.map((c) => ({
            field: c.field,
            label: t(FIELD_LABELS[c.field]),
            mine: <RequirementValue field={c.field} value={conflict.mine[c.field]} needs={needs} />,
            theirs: <RequirementValue field={c.field} value={conflict.current[c.field]} needs={needs} />,
            changedBy: c.changedBy,
            changedAt: c.changedAt,
          }))}
          otherChanges={otherChanges.map((field) => t(FIELD_LABELS[field]))}
          pending={edit.isPending}
          onResolve={resolve}
          onCancel={() => setConflict(null)}
          returnFocus={saveButton}
        />
      ) : null}
    </>
  )
}
