import type { ReactNode } from 'react'

/**
 * The box a wide table scrolls sideways in on a narrow screen. It takes the keyboard focus, so
 * that keyboard users can scroll it with the arrow keys (WCAG 2.1.1, axe
 * `scrollable-region-focusable`), and is a named region, so a screen reader says what the focus
 * landed on.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrapper" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
