import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react'
import { useSearchParams } from 'react-router'

import type { MessageKey } from '@/lib/i18n/i18n'
import { useI18n } from '@/lib/i18n/i18n'

export interface WorkspaceTab {
  /** Also the value of `?flik=` in the address, so a reload or a shared link opens the same tab. */
  id: string
  label: MessageKey
  content: ReactNode
}

/** ARIA tabs (arrow keys, Home, End move between them); the chosen tab lives in the URL. */
export function WorkspaceTabs({ tabs }: { tabs: readonly WorkspaceTab[] }) {
  const { t } = useI18n()
  const id = useId()
  const [params, setParams] = useSearchParams()
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({})
  const selected = tabs.find((tab) => tab.id === params.get('flik')) ?? tabs[0]!

  const select = (tab: WorkspaceTab, focus = false) => {
    const next = new URLSearchParams(params)
    next.set('flik', tab.id)
    setParams(next, { replace: true })
    if (focus) buttons.current[tab.id]?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(selected)
    const target =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined
    if (target) {
      event.preventDefault()
      select(target, true)
    }
  }

  return (
    <div className="workspace-tabs">
      <div role="tablist" aria-label={t('workspace.tabsLabel')} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(node) => {
              buttons.current[tab.id] = node
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.id}-tab`}
            aria-selected={tab === selected}
            aria-controls={`${id}-${tab.id}-panel`}
            tabIndex={tab === selected ? 0 : -1}
            className="tabs__tab"
            onClick={() => select(tab)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${selected.id}-panel`} aria-labelledby={`${id}-${selected.id}-tab`}>
        {selected.content}
      </div>
    </div>
  )
}
