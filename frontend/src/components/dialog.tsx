import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react'
import { createPortal } from 'react-dom'

import { useI18n } from '@/lib/i18n/i18n'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

interface DialogProps {
  title: ReactNode
  /** Called on Escape, on the close button and by the content's own cancel buttons. */
  onClose: () => void
  children: ReactNode
  /** `drawer`: a panel along the right edge (timelines and other reading). */
  variant?: 'modal' | 'drawer'
  /** What gets focus on opening; otherwise the first control in the content, else the dialog. */
  initialFocus?: RefObject<HTMLElement | null>
  /** What gets focus back on closing; otherwise whatever had it before opening. */
  returnFocus?: RefObject<HTMLElement | null>
  /** Read out after the title, e.g. a one-sentence explanation. */
  describedBy?: string
  testId?: string
}

/**
 * A modal dialog: rendered over the page, everything behind it inert, focus kept inside while it
 * is open (Tab cycles) and given back to where it was when it closes; Escape closes it.
 */
export function Dialog({
  title,
  onClose,
  children,
  variant = 'modal',
  initialFocus,
  returnFocus,
  describedBy,
  testId,
}: DialogProps) {
  const { t } = useI18n()
  const titleId = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const content = useRef<HTMLDivElement>(null)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  }, [onClose])

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const node = dialog.current
    // everything else on the page is out of reach while the dialog is open
    const silenced: Element[] = []
    for (const sibling of Array.from(document.body.children)) {
      if (node && sibling.contains(node)) continue
      if (sibling.hasAttribute('inert')) continue
      sibling.setAttribute('inert', '')
      silenced.push(sibling)
    }
    // and does not scroll underneath
    const overflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    const first = initialFocus?.current ?? content.current?.querySelector<HTMLElement>(FOCUSABLE) ?? node
    first?.focus()
    return () => {
      document.body.style.overflow = overflow
      for (const sibling of silenced) sibling.removeAttribute('inert')
      // read at closing time on purpose: where focus goes back to may have been set meanwhile
      // eslint-disable-next-line react-hooks/exhaustive-deps
      const back = returnFocus?.current ?? opener
      if (back?.isConnected) back.focus()
    }
    // opening is a one-time thing: later prop changes must not move focus again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      close.current()
      return
    }
    if (event.key !== 'Tab' || !dialog.current) return
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE))
    if (focusable.length === 0) {
      event.preventDefault()
      return
    }
    const first = focusable[0]!
    const last = focusable[focusable.length - 1]!
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return createPortal(
    <div className={`dialog-backdrop dialog-backdrop--${variant}`}>
      <div
        ref={dialog}
        className={`dialog dialog--${variant}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="button button--secondary button--small" onClick={() => close.current()}>
            {t('common.close')}
          </button>
        </div>
        <div ref={content} className="dialog__body">
          {children}
        </div>
      </div>
    </div>,
    document.body,
  )
}
