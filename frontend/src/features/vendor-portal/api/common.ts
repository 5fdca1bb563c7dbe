import { z } from 'zod'

/** Shared by this feature's call files: the vendor's path to one procurement, and optional text as null. */
export const vendorProcurementPath = (id: string) => `/api/vendor/procurements/${encodeURIComponent(id)}`

export const nullableText = z.string().nullish().transform((v) => v ?? null)
