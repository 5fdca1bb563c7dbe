import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const personSchema = z.object({ id: z.string(), name: z.string() })

export interface Comment {
  id: string
  itemId: string
  parentId: string | null
  text: string
  author: { id: string; name: string }
  mentions: Array<{ id: string; name: string }>
  at: string
  replies: Comment[]
}

export const commentSchema: z.ZodType<Comment> = z.lazy(() =>
  z.object({
    id: z.string(),
    itemId: z.string(),
    parentId: z.string().nullish().transform((value) => value ?? null),
    text: z.string(),
    author: personSchema,
    mentions: z.array(personSchema).nullish().transform((value) => value ?? []),
    at: z.string(),
    replies: z.array(commentSchema).nullish().transform((value) => value ?? []),
  }),
)

/** Keyed by procurement so the workspace's live stream refreshes it. */
export function commentsKey(procurementId: string, itemId: string) {
  return ['comments', procurementId, itemId] as const
}

export function useComments(procurementId: string, itemId: string) {
  return useQuery({
    queryKey: commentsKey(procurementId, itemId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/comments?itemId=${encodeURIComponent(itemId)}`, {
        schema: z.array(commentSchema),
        signal,
      }),
  })
}

export interface NewComment {
  itemId: string
  parentId?: string
  text: string
  mentions: string[]
}

export function useAddComment(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (comment: NewComment) =>
      apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/comments`, {
        method: 'POST',
        body: comment,
        schema: commentSchema,
      }),
    onSuccess: (_, comment) => queryClient.invalidateQueries({ queryKey: commentsKey(procurementId, comment.itemId) }),
  })
}

/** All comments of a thread tree, to count them. */
export function countComments(threads: readonly Comment[]): number {
  return threads.reduce((sum, c) => sum + 1 + countComments(c.replies), 0)
}
