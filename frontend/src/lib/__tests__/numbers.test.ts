import { describe, expect, it } from 'vitest'

import { organisationNumberProblem, parseWholeNumber } from '../numbers'

describe('parseWholeNumber', () => {
  it('reads whole numbers written the Swedish way, with spaces between the thousands', () => {
    expect(parseWholeNumber('3500')).toBe(3500)
    expect(parseWholeNumber('3 500')).toBe(3500)
    expect(parseWholeNumber('3\u00a0500')).toBe(3500)
    expect(parseWholeNumber('3\u202f500')).toBe(3500)
    expect(parseWholeNumber(' 1 200 000 ')).toBe(1_200_000)
  })

  it('refuses what is not a whole number', () => {
    for (const typed of ['', ' ', '3,5', '3.500', '-3', '3500 st', 'tre', '1234567890123456']) {
      expect(parseWholeNumber(typed), typed).toBeNull()
    }
  })
})

describe('organisationNumberProblem', () => {
  it('accepts ten digits, the hyphen optional, whose last is the Luhn check digit of the first nine', () => {
    expect(organisationNumberProblem('556036-0793')).toBeNull()
    expect(organisationNumberProblem('5560360793')).toBeNull()
    expect(organisationNumberProblem(' 212000-0142 ')).toBeNull()
  })

  it('says which is wrong: the shape or the check digit', () => {
    expect(organisationNumberProblem('556000-0000')).toBe('form.organisationNumberCheckDigit')
    expect(organisationNumberProblem('556036-0794')).toBe('form.organisationNumberCheckDigit')
    expect(organisationNumberProblem('55603-60793')).toBe('form.organisationNumberShape')
    expect(organisationNumberProblem('12-34')).toBe('form.organisationNumberShape')
  })
})
