import { type ReactNode, useEffect } from 'react'

import { useI18n } from '@/lib/i18n/i18n'

/** Every view names itself in the browser tab (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  const { t } = useI18n()
  const product = t('app.name')
  useEffect(() => {
    document.title = title === product ? product : `${title} – ${product}`
  }, [title, product])
}

interface PageProps {
  /** Shown in the browser tab; also the heading unless `heading` is given. */
  title: string
  heading?: ReactNode
  lead?: ReactNode
  children?: ReactNode
}

export function Page({ title, heading, lead, children }: PageProps) {
  usePageTitle(title)
  return (
    <>
      <header className="page-header">
        <h1>{heading ?? title}</h1>
        {lead ? <p className="lead">{lead}</p> : null}
      </header>
      {children}
    </>
  )
}
