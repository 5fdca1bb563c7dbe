import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Category, type Kind, type Template, templateSchema } from './get-templates'

/** What association staff write in a template; a revision sends all of it again. */
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

export interface SaveTemplate {
  /** Absent for a new template. */
  templateId?: string
  content: TemplateContent
}

/**
 * `ASSOCIATION_STAFF`. A new template starts at revision 1 (201); a revision answers the template
 * at its next revision, or unchanged if nothing changed. 400 with field errors, 409
 * `template.retired` for a retired one.
 */
export function saveTemplate({ templateId, content }: SaveTemplate): Promise<Template> {
  return apiRequest(`/api/library/requirements${templateId ? `/${encodeURIComponent(templateId)}` : ''}`, {
    method: templateId ? 'PUT' : 'POST',
    body: content,
    schema: templateSchema,
  })
}

export function useSaveTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  })
}
