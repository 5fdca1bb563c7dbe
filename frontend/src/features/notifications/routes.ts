/** The notifications page: for every logged-in person, reached through the bell in the header. */
export const NOTIFICATIONS_PATH = '/aviseringar'
