/**
 * A polite live region for results of actions ("saved"). It is always rendered, so that screen
 * readers are already listening when the message appears.
 */
export function LiveStatus({ message }: { message: string | null }) {
  return (
    <div className={message ? 'alert alert--success' : 'live-status--empty'} role="status" aria-live="polite">
      {message}
    </div>
  )
}
