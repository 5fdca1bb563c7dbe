import { useState } from 'react'

import { EmptyState } from '@/components/empty-state'
import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { isTenantAdmin } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { useMembers } from '../api/get-members'
import { AddMemberForm } from './add-member-form'
import { MembersTable } from './members-table'
import { SchoolsSection } from './schools-section'

export function TeamPage() {
  const { t } = useI18n()
  const person = useCurrentPerson()
  const members = useMembers()
  const isAdmin = isTenantAdmin(person)
  const [status, setStatus] = useState<string | null>(null)

  return (
    <Page title={t('team.title')} lead={t('team.lead', { tenant: person.tenant?.name ?? '' })}>
      <LiveStatus message={status} />
      <section className="panel" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('team.membersHeading')}</h2>
        {members.isPending ? (
          <Loading />
        ) : members.isError ? (
          <ErrorAlert error={members.error} />
        ) : members.data.length === 0 ? (
          <EmptyState title={t('team.emptyTitle')} />
        ) : (
          <MembersTable
            members={members.data}
            canEditRoles={isAdmin}
            onRolesSaved={(member) => setStatus(t('team.rolesSaved', { name: member.name }))}
          />
        )}
        {isAdmin ? null : <p className="note">{t('team.adminOnly')}</p>}
      </section>
      {isAdmin ? <AddMemberForm onAdded={(member) => setStatus(t('team.memberAdded', { name: member.name }))} /> : null}
      <SchoolsSection canEdit={isAdmin} onSaved={setStatus} />
    </Page>
  )
}
