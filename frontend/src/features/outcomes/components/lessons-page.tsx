import { Page } from '@/components/page'
import { useCurrentPerson } from '@/lib/auth/current-person'
import { hasRole } from '@/lib/auth/roles'
import { useI18n } from '@/lib/i18n/i18n'

import { LessonForm } from './lesson-form'
import { OwnLessons } from './own-lessons'
import { PublishedLessons } from './published-lessons'
import { ReviewQueue } from './review-queue'

/**
 * `/erfarenheter`: lessons learned. Tenants read what other huvudmän learned, see their own with
 * the review verdict, and buyers write new ones; association staff review the queue.
 */
export function LessonsPage() {
  const { t } = useI18n()
  const person = useCurrentPerson()
  const staff = hasRole(person, 'ASSOCIATION_STAFF')
  return (
    <Page title={t('lessons.title')} lead={t('lessons.lead')}>
      {staff ? <ReviewQueue /> : null}
      {hasRole(person, 'BUYER') ? <LessonForm /> : null}
      {!staff ? <OwnLessons canResubmit={hasRole(person, 'BUYER')} /> : null}
      <PublishedLessons />
    </Page>
  )
}
