/**
 * The fragment of a follow-up's address that leads straight to its survey (the Uppföljning list's "Svara på
 * enkäten"). Its own module: the list is in the main bundle, the survey with its charts is not.
 */
export const SURVEY_ANCHOR = 'enkat'
