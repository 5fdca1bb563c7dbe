import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

import { vendorProcurementPath as base, nullableText as text } from './common'

export const vendorQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: text,
  requirementId: text,
  publishedAt: text,
  yours: z.boolean(),
  clarification: z.boolean(),
})
export type VendorQuestion = z.infer<typeof vendorQuestionSchema>

export function useVendorQuestions(id: string) {
  return useQuery({
    queryKey: ['vendor', id, 'questions'],
    queryFn: ({ signal }) => apiRequest(`${base(id)}/questions`, { schema: z.array(vendorQuestionSchema), signal }),
  })
}
