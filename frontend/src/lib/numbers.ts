import type { MessageKey } from '@/lib/i18n/i18n'

/** Swedish writes thousands apart with a space, often a no-break or narrow no-break one: "3 500", "1 200 000". */
const THOUSANDS_SEPARATORS = /[\s\u00a0\u202f]/g

/** "3 500", "3500", "1 200 000" → the whole number; anything else (decimals, signs, letters, over 15 digits) → null. */
export function parseWholeNumber(text: string): number | null {
  const compact = text.replace(THOUSANDS_SEPARATORS, '')
  return /^\d{1,15}$/.test(compact) ? Number(compact) : null
}

const ORGANISATION_NUMBER = /^\d{6}-?\d{4}$/

/** Luhn over the first nine digits: every other digit from the first doubled, its digits summed. */
function checkDigit(nineDigits: string): number {
  let sum = 0
  for (let i = 0; i < nineDigits.length; i++) {
    const value = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1)
    sum += value > 9 ? value - 9 : value
  }
  return (10 - (sum % 10)) % 10
}

/**
 * What is wrong with a typed Swedish organisation number, the way the server judges it: not ten
 * digits (the hyphen optional), or a last digit that is not the check digit of the first nine.
 */
export function organisationNumberProblem(typed: string): MessageKey | null {
  const trimmed = typed.trim()
  if (!ORGANISATION_NUMBER.test(trimmed)) return 'form.organisationNumberShape'
  const digits = trimmed.replace('-', '')
  return checkDigit(digits.slice(0, 9)) === Number(digits[9]) ? null : 'form.organisationNumberCheckDigit'
}
