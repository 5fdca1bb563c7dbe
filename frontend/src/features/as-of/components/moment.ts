/** "2026-11-22T14:05:30" in the browser's time zone, as a datetime-local input with seconds shows it. */
export function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000)
  return shifted.toISOString().slice(0, 19)
}

/** The instant a datetime-local value means in the browser's time zone, or null if it means none. */
export function instantOf(input: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(input)) return null
  const moment = new Date(input)
  return Number.isNaN(moment.getTime()) ? null : moment
}

/** A minute's slack: "now" picked a moment ago is not the future. */
export function isFuture(moment: Date, now: Date = new Date()): boolean {
  return moment.getTime() > now.getTime() + 60_000
}
