/** Swedish messages of the library part of the workspace; merged into messages-sv.ts. */
export const librarySv = {
} satisfies Record<string, string>
