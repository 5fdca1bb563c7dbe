import { useEffect, useState } from 'react'

/** Dates in tender documents are Swedish calendar dates, whatever the browser's time zone. */
const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The Swedish calendar date ("2026-12-10") of an instant. */
export function stockholmDate(at: number): string {
  return swedishDate.format(new Date(at))
}

/** The first moment of the Swedish day after `isoDate`: when "the last day for …" has passed. */
export function endOfStockholmDay(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  const nextDay = Date.UTC(y, m - 1, d + 1)
  // Swedish midnight is 23:00 or 22:00 UTC the day before (winter or summer time)
  for (const hours of [1, 2]) {
    const candidate = nextDay - hours * 3_600_000
    if (stockholmDate(candidate) > isoDate && stockholmDate(candidate - 1) <= isoDate) return candidate
  }
  return nextDay
}

/** Whether the Swedish date at `now` is after `isoDate` (the server's rule for the last day for questions). */
export function stockholmDayHasPassed(isoDate: string, now: number): boolean {
  return stockholmDate(now) > isoDate
}

// setTimeout takes at most 2^31-1 ms; a boundary further away is looked at again later
const LONGEST_WAIT = 2_147_000_000

/**
 * The server's now, as far as the browser can tell: the server said `serverTime` when the data
 * arrived at `receivedAt` (the browser's clock), so the difference between the two clocks is
 * applied to the browser's now. The browser's clock alone may be wrong, and tests move the
 * server's. The component re-renders when the server's now passes one of `boundaries`
 * (epoch milliseconds), so that a deadline passing while the page is open changes the page.
 */
export function useServerNow(serverTime: string | null | undefined, receivedAt: number, boundaries: readonly number[]): number {
  const parsed = serverTime ? Date.parse(serverTime) : Number.NaN
  const offset = Number.isNaN(parsed) || !receivedAt ? 0 : parsed - receivedAt
  const [, setTick] = useState(0)
  const now = Date.now() + offset
  const next = boundaries.filter((b) => b > now).sort((a, b) => a - b)[0]
  useEffect(() => {
    if (next === undefined) return undefined
    const wait = Math.min(next - (Date.now() + offset) + 50, LONGEST_WAIT)
    const timer = setTimeout(() => setTick((n) => n + 1), Math.max(wait, 0))
    return () => clearTimeout(timer)
  }, [next, offset])
  return now
}
