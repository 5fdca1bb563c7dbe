import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const DELIVERIES = ['IMMEDIATE', 'DAILY', 'OFF'] as const
export type Delivery = (typeof DELIVERIES)[number]

export const EMAIL_LANGUAGES = ['sv', 'en'] as const
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number]

export const preferencesSchema = z.object({
  /** The language of the e-mails. */
  language: z.enum(EMAIL_LANGUAGES),
  /** Only the kinds that concern the caller. */
  kinds: z.array(z.object({ kind: z.string(), delivery: z.enum(DELIVERIES) })),
})

export type NotificationPreferences = z.infer<typeof preferencesSchema>

const PREFERENCES_PATH = '/api/notifications/preferences'
export const PREFERENCES_KEY = ['notifications', 'preferences'] as const

export function useNotificationPreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: ({ signal }) => apiRequest(PREFERENCES_PATH, { schema: preferencesSchema, signal }),
  })
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (preferences: NotificationPreferences) =>
      apiRequest(PREFERENCES_PATH, { method: 'PUT', body: preferences, schema: preferencesSchema }),
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES_KEY, saved),
  })
}
