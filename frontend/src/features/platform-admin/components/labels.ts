import type { MessageKey } from '@/lib/i18n/i18n'

import type { SizeBand, TenantKind } from '../api/get-tenants'

export const KIND_LABELS: Record<TenantKind, MessageKey> = {
  MUNICIPAL: 'tenantKind.municipal',
  INDEPENDENT: 'tenantKind.independent',
}

export const SIZE_BAND_LABELS: Record<SizeBand, MessageKey> = {
  SMALL: 'sizeBand.small',
  MEDIUM: 'sizeBand.medium',
  LARGE: 'sizeBand.large',
  VERY_LARGE: 'sizeBand.veryLarge',
}

/** Sweden's 21 counties; the form sends the name as written here. */
export const COUNTIES = [
  'Blekinge län',
  'Dalarnas län',
  'Gotlands län',
  'Gävleborgs län',
  'Hallands län',
  'Jämtlands län',
  'Jönköpings län',
  'Kalmar län',
  'Kronobergs län',
  'Norrbottens län',
  'Skåne län',
  'Stockholms län',
  'Södermanlands län',
  'Uppsala län',
  'Värmlands län',
  'Västerbottens län',
  'Västernorrlands län',
  'Västmanlands län',
  'Västra Götalands län',
  'Örebro län',
  'Östergötlands län',
] as const
