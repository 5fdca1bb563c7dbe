import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { nullableText as text, procurementPath } from './common'

const dialogueRequirementSchema = z.object({ requirementId: z.string(), text: z.string() }).passthrough()
export const dialogueSchema = z.object({
  draft: z
    .object({ round: z.number(), message: text, sharedAt: z.string(), requirements: z.array(dialogueRequirementSchema) })
    .nullish()
    .transform((v) => v ?? null),
  comments: z.array(z.object({ requirementId: z.string(), vendorOrganisationId: z.string(), vendorName: z.string(), text: z.string(), at: z.string() })),
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      askedAt: z.string(),
      answers: z.array(z.object({ vendorOrganisationId: z.string(), vendorName: z.string(), text: z.string(), at: z.string() })),
    }),
  ),
})
export type Dialogue = z.infer<typeof dialogueSchema>

export function useDialogue(procurementId: string) {
  return useQuery({
    queryKey: ['rfi', procurementId],
    queryFn: ({ signal }) => apiRequest(procurementPath(procurementId, '/rfi'), { schema: dialogueSchema, signal }),
  })
}
