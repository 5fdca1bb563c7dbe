/**
 * A requirement's number as every view shows it: K and the number its procurement gave it when it
 * was written (K1, K2 …). Numbers are never reused, so a gap means a requirement was withdrawn.
 */
export function requirementNumber(number: number): string {
  return `K${number}`
}

/** In number order, the order every view lists requirements in. */
export function byRequirementNumber<T extends { number: number }>(requirements: readonly T[]): T[] {
  return [...requirements].sort((a, b) => a.number - b.number)
}
