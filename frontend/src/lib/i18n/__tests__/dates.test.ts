import { afterEach, describe, expect, it, vi } from 'vitest'

import { formatDate, formatDateTime, formatMoment } from '../dates'

/** Runs the rest of the test in the browser time zone `zone` (Node follows TZ as it changes). */
function inTimeZone(zone: string) {
  vi.stubEnv('TZ', zone)
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('formatDate', () => {
  it('writes a calendar date the way date-times are written, without the time', () => {
    expect(formatDate('sv', '2027-02-09')).toBe('9 feb. 2027')
    expect(formatDate('en', '2027-02-09')).toBe('9 Feb 2027')
    expect(formatDate('sv', '2026-12-31')).toBe('31 dec. 2026')
    expect(formatDate('en', '2026-01-01')).toBe('1 Jan 2026')
  })

  it('keeps the day whatever the time zone: 2027-02-09 never becomes 8 or 10 February', () => {
    inTimeZone('America/Los_Angeles')
    expect(new Date('2027-02-09').getDate(), 'the zone is in effect: a naive parse lands on the 8th').toBe(8)
    for (const zone of ['America/Los_Angeles', 'Pacific/Honolulu', 'UTC', 'Europe/Stockholm', 'Pacific/Kiritimati']) {
      inTimeZone(zone)
      expect(formatDate('sv', '2027-02-09'), zone).toBe('9 feb. 2027')
      expect(formatDate('en', '2027-02-09'), zone).toBe('9 Feb 2027')
    }
  })

  it('shows anything that is not a calendar date as given', () => {
    expect(formatDate('sv', '')).toBe('')
    expect(formatDate('sv', '2027-02-30')).toBe('2027-02-30')
    expect(formatDate('en', 'soon')).toBe('soon')
  })
})

describe('formatDateTime', () => {
  it('writes the date as formatDate does, with the time', () => {
    const noonLocal = new Date(2027, 1, 15, 12, 0).toISOString()
    expect(formatDateTime('sv', noonLocal)).toBe('15 feb. 2027 12:00')
    expect(formatDateTime('en', noonLocal)).toBe('15 Feb 2027, 12:00')
  })

  it('writes a plain date without a time and without shifting it', () => {
    inTimeZone('America/Los_Angeles')
    expect(formatDateTime('sv', '2027-02-09')).toBe('9 feb. 2027')
    expect(formatMoment('en', '2027-02-09')).toBe('9 Feb 2027')
  })

  it('shows what is no moment as given', () => {
    expect(formatDateTime('sv', 'not a date')).toBe('not a date')
  })
})

describe('formatMoment', () => {
  it('adds the seconds only when the moment has any', () => {
    expect(formatMoment('sv', new Date(2027, 1, 15, 12, 0, 0).toISOString())).toBe('15 feb. 2027 12:00')
    expect(formatMoment('sv', new Date(2027, 1, 15, 12, 0, 7).toISOString())).toBe('15 feb. 2027 12:00:07')
  })
})
