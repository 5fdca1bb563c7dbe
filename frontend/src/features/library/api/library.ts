import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'
import {
  REQUIREMENT_CATEGORIES,
  REQUIREMENT_KINDS,
  type RequirementCategory,
  type RequirementKind,
} from '@/lib/requirement-taxonomy'

export const KINDS = REQUIREMENT_KINDS
export const CATEGORIES = REQUIREMENT_CATEGORIES
export type Kind = RequirementKind
export type Category = RequirementCategory

export const templateSchema = z.object({
  id: z.string(),
  key: z.string().nullish(),
  revision: z.number().int(),
  titleSv: z.string(),
  titleEn: z.string().nullish().transform((v) => v ?? null),
  text: z.string(),
  kind: z.enum(KINDS),
  defaultWeight: z.number().int().nullish().transform((v) => v ?? null),
  category: z.enum(CATEGORIES),
  verificationMethod: z.string().nullish().transform((v) => v ?? null),
  schoolProcesses: z.array(z.string()).nullish().transform((v) => v ?? []),
  references: z.array(z.string()).nullish().transform((v) => v ?? []),
  retired: z.boolean(),
  usageCount: z.number().int(),
})
export type Template = z.infer<typeof templateSchema>

export interface LibrarySearch {
  q: string
  category: Category | ''
  kind: Kind | ''
  process: string
  includeRetired: boolean
}

export function useLibrary(search: LibrarySearch) {
  const params = new URLSearchParams()
  if (search.q.trim()) params.set('q', search.q.trim())
  if (search.category) params.set('category', search.category)
  if (search.kind) params.set('kind', search.kind)
  if (search.process) params.set('process', search.process)
  if (search.includeRetired) params.set('includeRetired', 'true')
  const query = params.toString()
  return useQuery({
    queryKey: ['library', query],
    queryFn: ({ signal }) =>
      apiRequest(`/api/library/requirements${query ? `?${query}` : ''}`, { schema: z.array(templateSchema), signal }),
    // keep showing the last answer while the next search runs
    placeholderData: keepPreviousData,
  })
}

export function useAddTemplateToProcurement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ procurementId, templateId }: { procurementId: string; templateId: string }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/requirements`, {
        method: 'POST',
        body: { templateId },
        schema: z.object({ id: z.string() }).passthrough(),
      }),
    onSuccess: (_, { procurementId }) => {
      void queryClient.invalidateQueries({ queryKey: ['requirements', procurementId] })
      void queryClient.invalidateQueries({ queryKey: ['library'] })
    },
  })
}

export interface TemplateContent {
  titleSv: string
  titleEn: string | null
  text: string
  kind: Kind
  defaultWeight: number | null
  category: Category
  verificationMethod: string | null
  schoolProcesses: string[]
  references: string[]
}

export function useSaveTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ templateId, content }: { templateId?: string; content: TemplateContent }) =>
      apiRequest(`/api/library/requirements${templateId ? `/${encodeURIComponent(templateId)}` : ''}`, {
        method: templateId ? 'PUT' : 'POST',
        body: content,
        schema: templateSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  })
}

export function useRetireTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ templateId, reason }: { templateId: string; reason: string }) =>
      apiRequest(`/api/library/requirements/${encodeURIComponent(templateId)}/retire`, {
        method: 'POST',
        body: { reason },
        schema: templateSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  })
}

/** The caller's procurements, to add a template to (same cache as the procurements list). */
export function useMyProcurements(enabled: boolean) {
  return useQuery({
    queryKey: ['procurements', 'for-library'],
    enabled,
    queryFn: ({ signal }) =>
      apiRequest('/api/procurements', {
        schema: z.array(z.object({ id: z.string(), title: z.string(), phase: z.string() })),
        signal,
      }),
  })
}
