/**
 * How dates are written to a person, in one place: a calendar date as "9 feb. 2027" ("9 Feb 2027"
 * in English), a moment as the same date with the time ("15 feb. 2027 12:00"). ISO stays where a
 * machine reads it: form inputs, exports, `<time dateTime>`.
 */

export const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const
export type DateLanguage = keyof typeof LOCALES

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

interface Formats {
  date: Intl.DateTimeFormat
  dateTime: Intl.DateTimeFormat
  dateTimeToSecond: Intl.DateTimeFormat
}

const cache = new Map<DateLanguage, Formats>()

function formats(language: DateLanguage): Formats {
  let found = cache.get(language)
  if (!found) {
    const locale = LOCALES[language]
    found = {
      // a calendar date is a day, not a moment: written in UTC from UTC midnight, so no time zone moves it
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      dateTimeToSecond: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
    }
    cache.set(language, found)
  }
  return found
}

/**
 * A calendar date ("2027-02-09", as the API sends a LocalDate) as "9 feb. 2027" / "9 Feb 2027",
 * the same day whatever the browser's time zone; anything that is not such a date as given.
 */
export function formatDate(language: DateLanguage, isoDate: string): string {
  const match = ISO_DATE.exec(isoDate)
  if (!match) return isoDate
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const at = new Date(Date.UTC(year, month - 1, day))
  // "2027-02-30" is no date (nor a year before 100, which Date.UTC reads as 19xx): shown as given
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return isoDate
  return formats(language).date.format(at)
}

/** A moment (ISO date-time) as "15 feb. 2027 12:00" in the browser's time zone; a plain date as formatDate; anything else as given. */
export function formatDateTime(language: DateLanguage, iso: string): string {
  if (ISO_DATE.test(iso)) return formatDate(language, iso)
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? iso : formats(language).dateTime.format(at)
}

/** Like formatDateTime, with the seconds when the moment has any ("as of" a moment to the second). */
export function formatMoment(language: DateLanguage, iso: string): string {
  if (ISO_DATE.test(iso)) return formatDate(language, iso)
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const { dateTime, dateTimeToSecond } = formats(language)
  return at.getSeconds() === 0 && at.getMilliseconds() === 0 ? dateTime.format(at) : dateTimeToSecond.format(at)
}
