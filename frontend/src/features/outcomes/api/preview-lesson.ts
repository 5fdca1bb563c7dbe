import { useMutation } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const anonymisedSchema = z.object({
  text: z.string(),
  removals: z.array(
    z.object({ start: z.number(), end: z.number(), original: z.string(), replacement: z.string(), kind: z.string() }),
  ),
})
export type Anonymised = z.infer<typeof anonymisedSchema>
const previewSchema = z.object({ whatWorked: anonymisedSchema, whatToChange: anonymisedSchema })

/** `BUYER`: what would leave the tenant, each removal marked; nothing is stored. */
export function usePreviewLesson() {
  return useMutation({
    mutationFn: (texts: { whatWorked: string; whatToChange: string }) =>
      apiRequest('/api/lessons/preview', { method: 'POST', body: texts, schema: previewSchema }),
  })
}
