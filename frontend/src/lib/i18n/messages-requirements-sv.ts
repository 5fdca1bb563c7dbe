/** Swedish messages of the requirements part of the workspace; merged into messages-sv.ts. */
export const requirementsSv = {
} satisfies Record<string, string>
