import { describe, expect, it } from 'vitest'

import { endOfStockholmDay, stockholmDate, stockholmDayHasPassed } from '../server-clock'

describe('server clock', () => {
  it('reads instants as Swedish calendar dates, in winter and in summer time', () => {
    expect(stockholmDate(Date.parse('2026-12-10T22:59:59Z'))).toBe('2026-12-10')
    expect(stockholmDate(Date.parse('2026-12-10T23:00:00Z'))).toBe('2026-12-11')
    expect(stockholmDate(Date.parse('2026-06-10T21:59:59Z'))).toBe('2026-06-10')
    expect(stockholmDate(Date.parse('2026-06-10T22:00:00Z'))).toBe('2026-06-11')
  })

  it('ends a Swedish day at Swedish midnight', () => {
    expect(endOfStockholmDay('2026-12-10')).toBe(Date.parse('2026-12-10T23:00:00Z'))
    expect(endOfStockholmDay('2026-06-10')).toBe(Date.parse('2026-06-10T22:00:00Z'))
    // the night summer time ends (25 October 2026)
    expect(endOfStockholmDay('2026-10-25')).toBe(Date.parse('2026-10-25T23:00:00Z'))
  })

  it('says the last day has passed only once the next Swedish day has begun', () => {
    expect(stockholmDayHasPassed('2026-12-10', Date.parse('2026-12-10T22:59:59Z'))).toBe(false)
    expect(stockholmDayHasPassed('2026-12-10', Date.parse('2026-12-10T23:00:00Z'))).toBe(true)
  })
})
