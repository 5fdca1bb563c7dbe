import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import type { NotificationPreferences } from '../../api/preferences'
import { NotificationSettings } from '../notification-settings'

const SAVED: NotificationPreferences = {
  language: 'sv',
  kinds: [
    { kind: 'MENTION', delivery: 'IMMEDIATE' },
    { kind: 'QUESTION_ASKED', delivery: 'IMMEDIATE' },
    { kind: 'DEADLINE_APPROACHING', delivery: 'OFF' },
  ],
}

describe('NotificationSettings', () => {
  it('offers the three deliveries for each kind that concerns the person, and saves the choices', async () => {
    document.cookie = 'XSRF-TOKEN=token-3'
    const fetch = mockFetch({
      'GET /api/notifications/preferences': SAVED,
      'PUT /api/notifications/preferences': ({ body }) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    })
    const { user } = renderWithProviders(<NotificationSettings />, { person: aPerson() })

    const question = await screen.findByRole('group', { name: 'En leverantör ställer en fråga' })
    // in a fixed order, whatever order the server sent
    expect(screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'En leverantör ställer en fråga',
      'En tidsfrist närmar sig',
      'Någon nämner dig i en kommentar',
      'Språk i e-postmeddelanden',
    ])
    expect(within(question).getByRole('radio', { name: 'Direkt' })).toBeChecked()
    expect(within(screen.getByRole('group', { name: 'En tidsfrist närmar sig' })).getByRole('radio', { name: 'Av' })).toBeChecked()

    await user.click(within(screen.getByRole('group', { name: 'Någon nämner dig i en kommentar' })).getByRole('radio', { name: 'Daglig sammanfattning' }))
    await user.click(within(question).getByRole('radio', { name: 'Av' }))
    await user.click(within(screen.getByRole('group', { name: 'Språk i e-postmeddelanden' })).getByRole('radio', { name: 'Engelska' }))
    await user.click(screen.getByRole('button', { name: 'Spara' }))

    expect(await screen.findByText('Inställningarna är sparade.')).toBeInTheDocument()
    const [put] = fetch.requestsTo('PUT', '/api/notifications/preferences')
    expect(put?.headers.get('X-XSRF-TOKEN')).toBe('token-3')
    expect(put?.body).toEqual({
      language: 'en',
      kinds: [
        { kind: 'QUESTION_ASKED', delivery: 'OFF' },
        { kind: 'DEADLINE_APPROACHING', delivery: 'OFF' },
        { kind: 'MENTION', delivery: 'DAILY' },
      ],
    })
  })

  it('shows what the server says when it refuses the settings', async () => {
    mockFetch({
      'GET /api/notifications/preferences': SAVED,
      'PUT /api/notifications/preferences': problemResponse(400, {
        title: 'Bad Request',
        detail: 'Tilldelningsbeslut kan inte stängas av.',
      }),
    })
    const { user } = renderWithProviders(<NotificationSettings />, { person: aPerson() })

    await user.click(await screen.findByRole('button', { name: 'Spara' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Inställningarna kunde inte sparas')
    expect(alert).toHaveTextContent('Tilldelningsbeslut kan inte stängas av.')
    expect(screen.queryByText('Inställningarna är sparade.')).not.toBeInTheDocument()
  })
})
