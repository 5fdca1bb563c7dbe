import type { CommentPerson } from '../api/get-comments'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The comment's text with "@Name" of each mentioned person marked, so a mention stands out when skimming. */
export function CommentText({ text, mentions }: { text: string; mentions: readonly CommentPerson[] }) {
  const names = mentions.map((m) => m.name).filter(Boolean)
  if (names.length === 0) return <p className="comment__text">{text}</p>
  // longest first, so "@Anna Berg" wins over "@Anna"
  const pattern = new RegExp(`(@(?:${[...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')}))`, 'g')
  // split with a capturing group: odd indexes are the mentions
  const parts = text.split(pattern)
  return (
    <p className="comment__text">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="mention">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </p>
  )
}
