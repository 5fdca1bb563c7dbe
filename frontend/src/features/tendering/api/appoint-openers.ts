import { useOpeningWrite } from './use-opening-write'

export const useAppointOpeners = (procurementId: string) =>
  useOpeningWrite<{ openers: string[] }>(procurementId, 'PUT', '/openers')
