import { type FormEvent, useId, useState } from 'react'

import { ErrorAlert } from '@/components/error-alert'
import { LiveStatus } from '@/components/live-status'
import { Loading } from '@/components/loading'
import { ProblemAlert } from '@/components/problem-alert'
import { RadioGroup } from '@/components/radio-group'
import { type MessageKey, useI18n } from '@/lib/i18n/i18n'

import { isNotificationKind, NOTIFICATION_KINDS } from '../api/notifications'
import {
  DELIVERIES,
  type Delivery,
  type EmailLanguage,
  type NotificationPreferences,
  useNotificationPreferences,
  useSaveNotificationPreferences,
} from '../api/preferences'

const LANGUAGE_LABELS: Record<EmailLanguage, MessageKey> = {
  sv: 'notifications.settings.languageSv',
  en: 'notifications.settings.languageEn',
}

/** The kinds in a fixed order (the order of {@link NOTIFICATION_KINDS}); kinds this page does not know last. */
function ordered(kinds: NotificationPreferences['kinds']): NotificationPreferences['kinds'] {
  const rank = (kind: string) => (isNotificationKind(kind) ? NOTIFICATION_KINDS.indexOf(kind) : NOTIFICATION_KINDS.length)
  return [...kinds].sort((a, b) => rank(a.kind) - rank(b.kind))
}

export function NotificationSettings() {
  const { t } = useI18n()
  const id = useId()
  const preferences = useNotificationPreferences()
  let content
  if (preferences.isPending) content = <Loading />
  else if (preferences.isError) content = <ErrorAlert error={preferences.error} title={t('notifications.settings.loadFailed')} />
  else content = <SettingsForm id={id} saved={preferences.data} />
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="notification-settings">
      <h2 id={`${id}-heading`}>{t('notifications.settings.heading')}</h2>
      {content}
    </section>
  )
}

function SettingsForm({ id, saved }: { id: string; saved: NotificationPreferences }) {
  const { t } = useI18n()
  const save = useSaveNotificationPreferences()
  // the form starts from what the server has and keeps the person's choices until they save
  const [language, setLanguage] = useState<EmailLanguage>(saved.language)
  const [kinds, setKinds] = useState(() => ordered(saved.kinds))
  const [status, setStatus] = useState<string | null>(null)

  const choose = (kind: string, delivery: Delivery) => {
    setStatus(null)
    setKinds((current) => current.map((k) => (k.kind === kind ? { ...k, delivery } : k)))
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setStatus(null)
    save.mutate(
      { language, kinds },
      {
        onSuccess: (result) => {
          setLanguage(result.language)
          setKinds(ordered(result.kinds))
          setStatus(t('notifications.settings.saved'))
        },
      },
    )
  }

  const deliveryOptions = DELIVERIES.map((value) => ({ value, label: t(`notifications.delivery.${value}`) }))

  return (
    <form className="notification-settings" onSubmit={submit} noValidate>
      <p>{t('notifications.settings.lead')}</p>
      <dl className="notification-settings__help">
        {DELIVERIES.map((value) => (
          <div key={value}>
            <dt>{t(`notifications.delivery.${value}`)}:</dt>
            <dd>{t(`notifications.deliveryHelp.${value}`)}</dd>
          </div>
        ))}
      </dl>
      {kinds.length === 0 ? <p>{t('notifications.settings.noKinds')}</p> : null}
      {kinds.map(({ kind, delivery }) => (
        <RadioGroup<Delivery>
          key={kind}
          id={`${id}-kind-${kind.toLowerCase()}`}
          legend={isNotificationKind(kind) ? t(`notifications.kind.${kind}`) : kind}
          options={deliveryOptions}
          value={delivery}
          onChange={(value) => choose(kind, value)}
          inline
        />
      ))}
      <RadioGroup<EmailLanguage>
        id={`${id}-language`}
        legend={t('notifications.settings.language')}
        options={(Object.keys(LANGUAGE_LABELS) as EmailLanguage[]).map((value) => ({ value, label: t(LANGUAGE_LABELS[value]) }))}
        value={language}
        onChange={(value) => {
          setStatus(null)
          setLanguage(value)
        }}
        inline
      />
      {save.isError ? <ProblemAlert error={save.error} title={t('notifications.settings.saveFailed')} /> : null}
      <LiveStatus message={status} />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('notifications.settings.save')}
        </button>
      </div>
    </form>
  )
}
