import type { Notification, Notifications } from '../../api/notifications'

export function aNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'n-1',
    kind: 'MENTION',
    title: 'Anna Berg nämnde dig i en kommentar',
    body: 'Kan du titta på kravet om inloggning?',
    procurementId: 'p-1',
    procurementTitle: 'Lärplattform',
    createdAt: '2026-12-05T09:00:00Z',
    read: false,
    ...overrides,
  }
}

export function someNotifications(): Notifications {
  return {
    unread: 2,
    items: [
      aNotification({
        id: 'n-2',
        kind: 'LESSON_REVIEWED',
        title: 'Din erfarenhet är granskad',
        body: 'Den är publicerad.',
        procurementId: null,
        procurementTitle: null,
        createdAt: '2026-12-01T08:00:00Z',
        read: true,
      }),
      aNotification(),
      aNotification({
        id: 'n-3',
        kind: 'DEADLINE_APPROACHING',
        title: 'Sista dag för svar närmar sig',
        body: 'Två dagar kvar.',
        procurementId: null,
        procurementTitle: 'Schemasystem',
        createdAt: '2026-12-04T10:00:00Z',
        read: false,
      }),
    ],
  }
}
