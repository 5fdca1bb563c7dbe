import type { collaborationSv } from './messages-collaboration-sv'

export const collaborationEn: Record<keyof typeof collaborationSv, string> = {
}
