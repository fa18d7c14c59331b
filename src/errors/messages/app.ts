import type { Problem } from '../problem.js';

/** Texts of the office's web app (src/app) and `scrutiny app`. */
export const appMessages = {
  badUsername: (found: string): Problem => ({
    code: 'app.bad-username',
    severity: 'error',
    message: 'a user name is what a colleague types to log in',
    field: 'username',
    expected: '2 to 40 lower-case letters, digits, ".", "_" or "-", starting with a letter, e.g. j.smith',
    found: `"${found}"`,
  }),
  badRole: (found: string): Problem => ({
    code: 'app.bad-role',
    severity: 'error',
    message: 'every user has one role',
    field: '--role',
    expected: 'analyst, author, approver or viewer',
    found: `"${found}"`,
  }),
  shortPassword: (length: number): Problem => ({
    code: 'app.short-password',
    severity: 'error',
    message: 'a password must be long enough not to be guessed',
    field: 'password',
    expected: 'at least 12 characters (three random words are easy to remember)',
    found: `${length} characters`,
  }),
  userExists: (username: string): Problem => ({
    code: 'app.user-exists',
    severity: 'error',
    message: 'there is already a user with that name',
    field: 'username',
    expected: 'a user name not yet taken',
    found: `"${username}"`,
  }),
  noPassword: (): Problem => ({
    code: 'app.no-password',
    severity: 'error',
    message: 'the new user needs a password, given on standard input so it stays out of the shell history',
    field: '--password-stdin',
    expected: 'e.g. printf \'%s\' "$PASSWORD" | scrutiny app user add j.smith --role author --password-stdin',
    found: 'no password',
  }),
  badPort: (found: string): Problem => ({
    code: 'app.bad-port',
    severity: 'error',
    message: 'the app listens on a TCP port',
    field: '--port',
    expected: 'a whole number from 1 to 65535, e.g. 8080',
    found: `"${found}"`,
  }),
  loginFailed: (): Problem => ({
    code: 'app.login-failed',
    severity: 'error',
    message: 'The user name or password is not right. Check them and try again.',
    field: 'password',
  }),
  loginThrottled: (minutes: number): Problem => ({
    code: 'app.login-throttled',
    severity: 'error',
    message: `Too many attempts to log in. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    field: 'username',
  }),
  formExpired: (): Problem => ({
    code: 'app.form-expired',
    severity: 'error',
    message: 'This form has expired or did not come from this app. Go back, reload the page and try again.',
  }),
  notAllowed: (role: string, what: string): Problem => ({
    code: 'app.not-allowed',
    severity: 'error',
    message: `Your role (${role}) cannot ${what}. Ask a colleague who can, or an administrator to change your role.`,
  }),
  internal: (): Problem => ({
    code: 'app.internal',
    severity: 'error',
    message:
      'Something went wrong in the app and nothing was changed. Try again; if it happens again, tell the administrator the time it happened.',
  }),
  notFound: (): Problem => ({
    code: 'app.not-found',
    severity: 'error',
    message: 'There is no page at this address.',
  }),
  commentaryNotReady: (errors: number): Problem => ({
    code: 'app.commentary-not-ready',
    severity: 'error',
    message: `This section cannot be marked ready while the checker finds ${errors} place${errors === 1 ? '' : 's'} where it disagrees with the figures. Correct ${errors === 1 ? 'it' : 'them'} and save again.`,
    field: 'body',
  }),
  staleEdit: (): Problem => ({
    code: 'app.stale-edit',
    severity: 'error',
    message:
      'Someone else saved this section after you opened it. Your text is below: copy what you need, reload the page and apply it again.',
    field: 'body',
  }),
  notSubmitted: (): Problem => ({
    code: 'app.not-submitted',
    severity: 'error',
    message:
      'This version has already been approved or returned; a decision is never changed. Submit a new version.',
  }),
  commentaryStillDraft: (sections: readonly string[]): Problem => ({
    code: 'app.commentary-still-draft',
    severity: 'error',
    message: `The statement can be submitted for approval once every section is marked ready. Still in draft: ${sections.join(', ')}.`,
  }),
  returnNeedsComments: (): Problem => ({
    code: 'app.return-needs-comments',
    severity: 'error',
    message: 'Say what needs to change before returning the statement.',
    field: 'comments',
  }),
  connectionLost: (detail: string): Problem => ({
    code: 'app.connection-lost',
    severity: 'warning',
    message:
      "the database server closed one of the app's idle connections (a restart, or an administrator ending sessions); the next request opens a new one",
    field: 'DATABASE_URL',
    found: `"${detail}"`,
  }),
  alreadyPublished: (dir: string): Problem => ({
    code: 'app.already-published',
    severity: 'error',
    message: 'a published version is never overwritten',
    file: dir,
    expected: 'a folder not yet written',
    found: 'the folder exists',
  }),
};
