/**
 * The server's refusals in English, by problem code (`extensions.problems[].code`); Swedish shows the
 * server's own message. `%{name}` takes the problem's `params`. One line per code: a test lists every
 * code the backend can produce that has no line here. Say what happened and what to do; never name
 * rule ids or API arguments.
 */
export const problemMessagesEn: Record<string, string> = {
  INVALID_INPUT: 'The details were not accepted. Check them and try again.',
  NOT_PERMITTED: 'Your role does not allow this.',
  NOT_SIGNED_IN: 'You are not signed in. Sign in and try again.',
  SERVICE_UNAVAILABLE: 'A service this needs is not answering right now. Try again in a moment.',
  SITE_NOT_IN_SCOPE: 'You decide only for your own main site; the AT/BT director decides for the other one.',
};
