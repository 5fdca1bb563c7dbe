import type { ConflictChoice } from '@/lib/use-co-edit'

import { type Requirement, REQUIREMENT_FIELDS, type RequirementContent, type RequirementField } from '../api/get-requirements'

export function contentOfRequirement(requirement: Requirement): RequirementContent {
  const { text, kind, weight, category, verificationMethod, needIds } = requirement
  return { text, kind, weight, category, verificationMethod, needIds }
}

/** Whether two values of a field mean the same (needs in any order, no verification method = empty). */
export function sameValue<F extends RequirementField>(field: F, a: RequirementContent[F], b: RequirementContent[F]): boolean {
  if (field === 'needIds') return [...(a as string[])].sort().join('\n') === [...(b as string[])].sort().join('\n')
  if (field === 'verificationMethod') return (a ?? '') === (b ?? '')
  return a === b
}

/** Only the fields that differ from what the edit is based on: the server checks each for conflicts on its own. */
export function changesBetween(base: RequirementContent, next: RequirementContent): Partial<RequirementContent> {
  const changes: Partial<Record<RequirementField, unknown>> = {}
  for (const field of REQUIREMENT_FIELDS) {
    if (sameValue(field, base[field], next[field])) continue
    // a missing weight means "unchanged" to the server; becoming mandatory drops it there
    if (field === 'weight' && next.weight === null) continue
    // "no verification method" is sent as empty text, because null would mean "unchanged"
    changes[field] = field === 'verificationMethod' ? (next.verificationMethod ?? '') : next[field]
  }
  return changes as Partial<RequirementContent>
}

/**
 * After a conflict: what the requirement should become. Conflicting fields as chosen; fields only
 * the person changed keep the person's value (nothing was stored, so they are sent again); fields
 * only others changed keep theirs.
 */
export function resolveContent(
  base: RequirementContent,
  mine: RequirementContent,
  current: RequirementContent,
  choices: Partial<Record<RequirementField, ConflictChoice>>,
): RequirementContent {
  const next: Record<RequirementField, unknown> = { ...current }
  for (const field of REQUIREMENT_FIELDS) {
    const choice = choices[field]
    if (choice) next[field] = choice === 'mine' ? mine[field] : current[field]
    else if (!sameValue(field, base[field], mine[field])) next[field] = mine[field]
  }
  const resolved = next as RequirementContent
  return resolved.kind === 'MANDATORY' ? { ...resolved, weight: null } : resolved
}
