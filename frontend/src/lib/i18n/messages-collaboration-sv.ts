/** Swedish messages of the collaboration part of the workspace; merged into messages-sv.ts. */
export const collaborationSv = {
} satisfies Record<string, string>
