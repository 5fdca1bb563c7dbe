/** Someone on the procurement's team, as the procurement lists them. */
export interface TeamMember {
  memberId: string
  name: string
}
