import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Comment, commentSchema, commentsKey } from './get-comments'

export interface NewComment {
  itemId: string
  /** To reply: the thread's first comment. */
  parentId?: string
  text: string
  /** Member ids of the procurement's team. */
  mentions: string[]
}

/**
 * Everyone who may read the procurement. 201 with the comment; 400 `comment.unknown-mention`
 * (someone not on the team), `comment.unknown-parent`, `comment.unknown-item`, `comment.blank`.
 */
export function addComment(procurementId: string, comment: NewComment): Promise<Comment> {
  return apiRequest(`/api/procurements/${encodeURIComponent(procurementId)}/comments`, {
    method: 'POST',
    body: comment,
    schema: commentSchema,
  })
}

export function useAddComment(procurementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (comment: NewComment) => addComment(procurementId, comment),
    onSuccess: (_, comment) => queryClient.invalidateQueries({ queryKey: commentsKey(procurementId, comment.itemId) }),
  })
}
