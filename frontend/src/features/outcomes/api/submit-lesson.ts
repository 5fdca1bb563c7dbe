import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type LessonCategory, lessonSchema } from './lesson-schemas'

export interface NewLesson {
  whatWorked: string
  whatToChange: string
  category: LessonCategory
  phase: string
  procurementId: string | null
}

/** `BUYER`: submits for review; the server anonymises again before storing. */
export function useSubmitLesson() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (lesson: NewLesson) => apiRequest('/api/lessons', { method: 'POST', body: lesson, schema: lessonSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lessons', 'own'] }),
  })
}
