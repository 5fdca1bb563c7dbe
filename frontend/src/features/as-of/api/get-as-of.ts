import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null)
const optionalNumber = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)])
  .nullish()
  .transform((value) => value ?? null)

const benefitSchema = z
  .object({ description: optionalText, indicator: optionalText, baseline: optionalNumber, target: optionalNumber, unit: optionalText })
  .nullish()
  .transform((value) => value ?? null)

const needThenSchema = z.object({
  id: z.string(),
  version: z.number(),
  content: z.object({
    statement: z.string(),
    perspective: optionalText,
    schoolProcess: optionalText,
    priority: optionalText,
    steeringDocument: optionalText,
    benefit: benefitSchema,
  }),
  status: optionalText,
  endorsements: z.number(),
})

const requirementThenSchema = z.object({
  id: z.string(),
  version: z.number(),
  content: z.object({
    text: z.string(),
    kind: z.string(),
    weight: optionalNumber,
    category: z.string(),
    verificationMethod: optionalText,
    needIds: z
      .array(z.string())
      .nullish()
      .transform((value) => value ?? []),
  }),
})

export const asOfSchema = z.object({
  at: z.string(),
  /** Null when the procurement did not exist yet at that moment. */
  procurement: z
    .object({ id: z.string(), version: z.number(), title: z.string(), phase: z.string(), teamSize: z.number() })
    .nullish()
    .transform((value) => value ?? null),
  needs: z.array(needThenSchema),
  requirements: z.array(requirementThenSchema),
})
export type AsOf = z.infer<typeof asOfSchema>
export type NeedThen = z.infer<typeof needThenSchema>
export type RequirementThen = z.infer<typeof requirementThenSchema>

/**
 * Everyone who may read the procurement. The workspace rebuilt from the event store as it was at
 * `at` (an ISO instant); 400 `as-of.invalid-time` for a moment the server cannot read.
 */
export function getAsOf(procurementId: string, at: string, signal?: AbortSignal): Promise<AsOf> {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/as-of?at=${encodeURIComponent(at)}`, {
    schema: asOfSchema,
    signal,
  })
}

/** Nothing is asked until a moment is chosen. The past does not change, so an answer stays fresh. */
export function useAsOf(procurementId: string, at: string | null) {
  return useQuery({
    queryKey: ['as-of', procurementId, at],
    enabled: at !== null,
    queryFn: ({ signal }) => getAsOf(procurementId, at!, signal),
    staleTime: Infinity,
  })
}
