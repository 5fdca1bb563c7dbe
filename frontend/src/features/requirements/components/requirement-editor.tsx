import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'

import { ConflictDialog } from '@/components/conflict-dialog'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'
import { type SaveOutcome, useCoEdit } from '@/lib/use-co-edit'

import { requirementConflictOf, useEditRequirement } from '../api/edit-requirement'
import type { NeedSummary } from '../api/get-need-summaries'
import {
  type Requirement,
  REQUIREMENT_FIELDS,
  type RequirementContent,
  type RequirementField,
  requirementsQuery,
} from '../api/get-requirements'
import { FIELD_LABELS } from './labels'
import { changesBetween, contentOfRequirement, resolveContent, sameValue } from './requirement-changes'
import { RequirementForm } from './requirement-form'
import { RequirementValue } from './requirement-value'

const DONE_MESSAGES: Record<SaveOutcome, MessageKey> = {
  saved: 'requirements.saved',
  unchanged: 'requirements.nothingChanged',
  keptTheirs: 'requirements.keptTheirs',
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
  /** The form's starting values; after a resolution the form starts again from the chosen ones. */
  const [formStart, setFormStart] = useState<{ content: RequirementContent; key: number }>(() => ({
    content: contentOfRequirement(requirement),
    key: 0,
  }))
  const saveButton = useRef<HTMLButtonElement>(null)
  const { conflict, otherChanges, looking, save, resolve, cancelConflict } = useCoEdit({
    item: requirement,
    fields: REQUIREMENT_FIELDS,
    contentOf: contentOfRequirement,
    sameValue,
    changesBetween,
    resolve: resolveContent,
    conflictOf: requirementConflictOf,
    fetchCurrent: async (from) => {
      const list = await queryClient.fetchQuery({ ...requirementsQuery(procurementId), staleTime: 0 })
      return list.find((r) => r.id === from.id) ?? null
    },
    mutation: edit,
    variables: (from, changes) => ({ requirementId: from.id, baseVersion: from.version, changes }),
    onRestart: (next) => setFormStart((start) => ({ content: next, key: start.key + 1 })),
    onDone: (_item, outcome) => onDone(t(DONE_MESSAGES[outcome])),
  })

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
        onSubmit={save}
        onCancel={onCancel}
      />
      {conflict ? (
        <ConflictDialog<RequirementField>
          testId="requirement-conflict"
          fields={conflict.conflicts.map((c) => ({
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
          onCancel={cancelConflict}
          returnFocus={saveButton}
        />
      ) : null}
    </>
  )
}
