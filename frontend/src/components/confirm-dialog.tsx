import { type ReactNode, useState } from 'react'

import { Dialog } from '@/components/dialog'
import { useI18n } from '@/lib/i18n/i18n'

export interface Confirmation {
  title: string
  /** What happens, and that it cannot be undone. */
  text: string
  confirmLabel: string
  testId?: string
}

/**
 * Asks before an irreversible action (publishing to vendors, opening, awarding): `ask` shows a
 * dialog, and the action runs only on its confirm button; Escape or Cancel leave everything as it was.
 */
export function useConfirmation(): { ask: (confirmation: Confirmation, action: () => void) => void; dialog: ReactNode } {
  const { t } = useI18n()
  const [pending, setPending] = useState<{ confirmation: Confirmation; action: () => void } | null>(null)
  const close = () => setPending(null)
  const dialog = pending ? (
    <Dialog title={pending.confirmation.title} onClose={close} testId={pending.confirmation.testId ?? 'confirm-dialog'}>
      <p>{pending.confirmation.text}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            close()
            pending.action()
          }}
        >
          {pending.confirmation.confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          {t('confirm.cancel')}
        </button>
      </div>
    </Dialog>
  ) : null
  return { ask: (confirmation, action) => setPending({ confirmation, action }), dialog }
}
