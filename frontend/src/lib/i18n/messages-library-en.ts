import type { librarySv } from './messages-library-sv'

export const libraryEn: Record<keyof typeof librarySv, string> = {
}
