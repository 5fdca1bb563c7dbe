import type { MessageKey } from '@/lib/i18n/i18n'

import type { LessonCategory } from '../api/lesson-schemas'

export const categoryLabel = (category: string) => `lessons.category.${category}` as MessageKey
export const statusLabel = (status: string) => `lessons.status.${status}` as MessageKey
export type { LessonCategory }
