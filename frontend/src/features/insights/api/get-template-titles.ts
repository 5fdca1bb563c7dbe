import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const titlesSchema = z.array(
  z.object({
    key: z.string().nullish().transform((v) => v ?? null),
    titleSv: z.string(),
    titleEn: z.string().nullish().transform((v) => v ?? null),
  }),
)

export interface TemplateTitle {
  sv: string
  en: string | null
}

/**
 * The human titles of the shared library's templates by their key, retired ones too: the
 * benchmarks name a template by its key only (`a11y-assistive-technology`), which no reader should see.
 */
export function useTemplateTitles(enabled: boolean) {
  return useQuery({
    queryKey: ['library', 'titles'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => {
      const templates = await apiRequest('/api/library/requirements?includeRetired=true', { schema: titlesSchema, signal })
      const titles = new Map<string, TemplateTitle>()
      for (const template of templates) {
        if (template.key) titles.set(template.key, { sv: template.titleSv, en: template.titleEn })
      }
      return titles
    },
  })
}
