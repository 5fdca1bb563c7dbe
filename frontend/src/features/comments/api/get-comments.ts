import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const personSchema = z.object({ id: z.string(), name: z.string() })
export type CommentPerson = z.infer<typeof personSchema>

export interface Comment {
  id: string
  itemId: string
  /** The thread's first comment, for a reply; threads are one level deep. */
  parentId: string | null
  text: string
  author: CommentPerson
  mentions: CommentPerson[]
  at: string
  /** Oldest first. */
  replies: Comment[]
}

export const commentSchema: z.ZodType<Comment> = z.lazy(() =>
  z.object({
    id: z.string(),
    itemId: z.string(),
    parentId: z
      .string()
      .nullish()
      .transform((value) => value ?? null),
    text: z.string(),
    author: personSchema,
    mentions: z
      .array(personSchema)
      .nullish()
      .transform((value) => value ?? []),
    at: z.string(),
    replies: z
      .array(commentSchema)
      .nullish()
      .transform((value) => value ?? []),
  }),
)

/** Keyed by procurement, so that the workspace's live stream refreshes it on `CommentAdded`. */
export function commentsKey(procurementId: string, itemId: string) {
  return ['comments', procurementId, itemId] as const
}

/** Everyone who may read the procurement. The threads of one need or requirement, oldest first. */
export function getComments(procurementId: string, itemId: string, signal?: AbortSignal): Promise<Comment[]> {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/comments?itemId=${encodeURIComponent(itemId)}`, {
    schema: z.array(commentSchema),
    signal,
  })
}

export function useComments(procurementId: string, itemId: string) {
  return useQuery({
    queryKey: commentsKey(procurementId, itemId),
    queryFn: ({ signal }) => getComments(procurementId, itemId, signal),
  })
}

/** All comments of the threads, replies included. */
export function countComments(threads: readonly Comment[]): number {
  return threads.reduce((sum, comment) => sum + 1 + countComments(comment.replies), 0)
}
