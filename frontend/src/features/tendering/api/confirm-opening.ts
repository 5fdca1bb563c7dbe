import { useOpeningWrite } from './use-opening-write'

export const useConfirmOpening = (procurementId: string) => useOpeningWrite<undefined>(procurementId, 'POST', '/confirm')
