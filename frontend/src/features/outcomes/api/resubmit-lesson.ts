import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type LessonCategory, lessonSchema } from './lesson-schemas'

export interface LessonRevision {
  lessonId: string
  whatWorked: string
  whatToChange: string
  category: LessonCategory
}

/** `BUYER` of the writing tenant: a rejected lesson, edited, goes to review again (anonymised again by the server). */
export function useResubmitLesson() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ lessonId, ...body }: LessonRevision) =>
      apiRequest(`/api/lessons/${encodeURIComponent(lessonId)}`, { method: 'PUT', body, schema: lessonSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lessons', 'own'] }),
  })
}
