import { useDialogueWrite } from './use-dialogue-write'

export const useAskVendors = (procurementId: string) => useDialogueWrite<{ text: string }>(procurementId, '/questions')
