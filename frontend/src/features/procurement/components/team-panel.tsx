import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

import { CheckboxGroup } from '@/components/checkbox-group'
import { ErrorAlert } from '@/components/error-alert'
import { Loading } from '@/components/loading'
import { useI18n } from '@/lib/i18n/i18n'

import type { Procurement } from '../api/get-procurement'
import { useTeamCandidates } from '../api/get-team-candidates'
import { useUpdateTeam } from '../api/update-team'

interface TeamPanelProps {
  procurement: Procurement
  /** Buyers may change the team (the server checks again). */
  canEdit: boolean
  onSaved: (procurement: Procurement) => void
}

export function TeamPanel({ procurement, canEdit, onSaved }: TeamPanelProps) {
  const { t } = useI18n()
  const id = useId()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  const team = [...procurement.team].sort((a, b) => a.name.localeCompare(b.name, 'sv'))

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false
      editButton.current?.focus()
    }
  }, [editing])

  const close = () => {
    returnFocus.current = true
    setEditing(false)
  }

  return (
    <section className="panel team-panel" aria-labelledby={`${id}-heading`} data-testid="team-panel">
      <h2 id={`${id}-heading`}>{t('workspace.teamHeading')}</h2>
      {editing ? (
        <TeamEditor
          procurement={procurement}
          onCancel={close}
          onSaved={(saved) => {
            close()
            onSaved(saved)
          }}
        />
      ) : (
        <>
          {team.length === 0 ? (
            <p>{t('workspace.teamEmpty')}</p>
          ) : (
            <ul className="team-list" aria-labelledby={`${id}-heading`}>
              {team.map((member) => (
                <li key={member.memberId}>{member.name}</li>
              ))}
            </ul>
          )}
          {canEdit ? (
            <button ref={editButton} type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
              {t('workspace.editTeam')}
            </button>
          ) : null}
        </>
      )}
    </section>
  )
}

function TeamEditor({
  procurement,
  onSaved,
  onCancel,
}: {
  procurement: Procurement
  onSaved: (procurement: Procurement) => void
  onCancel: () => void
}) {
  const { t } = useI18n()
  const id = useId()
  const candidates = useTeamCandidates()
  const updateTeam = useUpdateTeam()
  const [selected, setSelected] = useState<string[]>(() => procurement.team.map((m) => m.memberId))
  const form = useRef<HTMLFormElement>(null)
  const loaded = candidates.isSuccess

  useEffect(() => {
    if (loaded) form.current?.querySelector('input')?.focus()
  }, [loaded])

  // Team members who are no longer in the tenant's list still show, so nobody is dropped unseen.
  const options = [
    ...(candidates.data ?? []).map((c) => ({ value: c.id, label: c.name })),
    ...procurement.team
      .filter((m) => !candidates.data?.some((c) => c.id === m.memberId))
      .map((m) => ({ value: m.memberId, label: m.name })),
  ].sort((a, b) => a.label.localeCompare(b.label, 'sv'))

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    updateTeam.mutate({ procurementId: procurement.id, memberIds: selected }, { onSuccess: onSaved })
  }

  if (candidates.isPending) return <Loading />
  if (candidates.isError) {
    return (
      <>
        <ErrorAlert error={candidates.error} />
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </>
    )
  }

  return (
    <form ref={form} className="team-editor" onSubmit={submit} noValidate>
      <CheckboxGroup
        id={`${id}-members`}
        legend={t('workspace.teamLegend')}
        options={options}
        selected={selected}
        onChange={setSelected}
      />
      {updateTeam.isError ? <ErrorAlert error={updateTeam.error} title={t('workspace.teamFailed')} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={updateTeam.isPending}>
          {t('workspace.saveTeam')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {updateTeam.isPending ? <span className="pending">{t('common.saving')}</span> : null}
      </div>
    </form>
  )
}
