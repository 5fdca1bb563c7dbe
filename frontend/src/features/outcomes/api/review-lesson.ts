import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type LessonCategory, lessonSchema } from './lesson-schemas'

export type ReviewAction =
  | { kind: 'revise'; whatWorked: string; whatToChange: string; category: LessonCategory }
  | { kind: 'approve' }
  | { kind: 'reject'; reason: string }

/** `ASSOCIATION_STAFF`: edit, approve or reject one lesson. */
export function useReviewLesson(lessonId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: ReviewAction) => {
      const path = `/api/review/lessons/${encodeURIComponent(lessonId)}`
      if (action.kind === 'revise') {
        const { whatWorked, whatToChange, category } = action
        return apiRequest(path, { method: 'PUT', body: { whatWorked, whatToChange, category }, schema: lessonSchema })
      }
      if (action.kind === 'approve') return apiRequest(`${path}/approve`, { method: 'POST', schema: lessonSchema })
      return apiRequest(`${path}/reject`, { method: 'POST', body: { reason: action.reason }, schema: lessonSchema })
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lessons'] }),
  })
}
