import { useDialogueWrite } from './use-dialogue-write'

export const useShareDraft = (procurementId: string) => useDialogueWrite<{ message: string | null }>(procurementId, '/draft')
