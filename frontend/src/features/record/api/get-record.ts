import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

export const EDITIONS = ['BUYER', 'PUBLIC'] as const
export type Edition = (typeof EDITIONS)[number]

const entrySchema = z.object({
  at: z.string(),
  by: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  what: z.string(),
  details: z.array(z.string()),
})

const sectionSchema = z.object({
  order: z.number(),
  title: z.string(),
  groups: z.array(
    z.object({
      heading: z
        .string()
        .nullish()
        .transform((value) => value ?? null),
      entries: z.array(entrySchema),
    }),
  ),
})

export const recordSchema = z.object({
  procurementId: z.string(),
  title: z.string(),
  tenantName: z.string(),
  procedure: z.string(),
  edition: z.enum(EDITIONS),
  writtenAt: z.string(),
  writtenBy: z.string(),
  eventCount: z.number(),
  fingerprint: z.string(),
  sections: z.array(sectionSchema),
})
export type ProcurementRecord = z.infer<typeof recordSchema>
export type RecordSection = z.infer<typeof sectionSchema>

/** The address of the record as an archivable PDF (a download: the browser's session goes with it). */
export function recordPdfUrl(procurementId: string, edition: Edition): string {
  return `/api/procurements/${encodeURIComponent(procurementId)}/record.pdf?edition=${edition}`
}

/**
 * The procurement's buyers. Its documentation record, written by the server from the event store; the
 * record's own words are Swedish (it is the huvudman's document), the page around it follows the language.
 */
export function useRecord(procurementId: string, edition: Edition) {
  return useQuery({
    queryKey: ['record', procurementId, edition],
    queryFn: ({ signal }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/record?edition=${edition}`, {
        schema: recordSchema,
        signal,
      }),
  })
}
