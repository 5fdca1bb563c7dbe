import { z } from 'zod'

/** Shared by this feature's call files: the procurement's API path, and optional text as null. */
export const procurementPath = (id: string, suffix: string) => `/api/procurements/${encodeURIComponent(id)}${suffix}`

export const nullableText = z.string().nullish().transform((v) => v ?? null)
