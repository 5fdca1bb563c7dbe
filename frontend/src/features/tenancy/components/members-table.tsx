import { useEffect, useRef, useState } from 'react'

import { TableScroll } from '@/components/table-scroll'
import { describeRoles } from '@/lib/auth/role-labels'
import { useI18n } from '@/lib/i18n/i18n'

import type { Member } from '../api/get-members'
import { MemberRolesEditor } from './member-roles-editor'

interface MembersTableProps {
  members: readonly Member[]
  /** Tenant administrators may change roles (the server checks again). */
  canEditRoles: boolean
  onRolesSaved: (member: Member) => void
}

export function MembersTable({ members, canEditRoles, onRolesSaved }: MembersTableProps) {
  const { t } = useI18n()
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  return (
    <TableScroll label={t('team.tableCaption')}>
      <table className="table" data-testid="members-table">
        <caption className="visually-hidden">{t('team.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.name')}</th>
            <th scope="col">{t('team.email')}</th>
            <th scope="col">{t('team.roles')}</th>
            <th scope="col">{t('team.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((member) => (
            <MemberRow key={member.id} member={member} canEditRoles={canEditRoles} onRolesSaved={onRolesSaved} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

function MemberRow({ member, canEditRoles, onRolesSaved }: { member: Member } & Omit<MembersTableProps, 'members'>) {
  const { t } = useI18n()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

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
    <tr data-testid="member-row">
      <th scope="row">{member.name}</th>
      <td className="table__email">{member.email}</td>
      <td>
        {editing ? (
          <MemberRolesEditor
            member={member}
            onCancel={close}
            onSaved={(saved) => {
              close()
              onRolesSaved(saved)
            }}
          />
        ) : (
          <div className="roles-cell">
            <span>{member.roles.length > 0 ? describeRoles(member.roles, t) : t('team.noRoles')}</span>
            {canEditRoles ? (
              <button
                ref={editButton}
                type="button"
                className="button button--link"
                onClick={() => setEditing(true)}
              >
                {t('team.editRoles')}{' '}
                <span className="visually-hidden">{t('team.editRolesFor', { name: member.name })}</span>
              </button>
            ) : null}
          </div>
        )}
      </td>
      <td>
        {member.active ? (
          <span className="badge badge--active">{t('team.active')}</span>
        ) : (
          <span className="badge badge--invited">{t('team.invited')}</span>
        )}
      </td>
    </tr>
  )
}
