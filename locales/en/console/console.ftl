### The department console (staff only). Status: written by the portal team.

console-name = Citizen Portal · Department console
console-loading = Loading the console…
header-signed-in-as = { $name } · { $department } · { $role }
header-sign-out = Sign out
header-nav-label = Your department's services

department-public-security = Public Security Bureau
department-human-resources-social-security = Human Resources and Social Security Bureau
department-market-regulation = Market Regulation Administration
department-commerce = Commerce Bureau
department-development-reform = Development and Reform Commission
department-science-technology = Science and Technology Bureau
department-government-services = Government Services Administration

role-caseworker = caseworker
role-manager = manager
role-administrator = administrator

sign-in-title = Sign in
sign-in-intro = Sign in with the passkey you set up on this phone or computer, or on a security key.
sign-in-button = Sign in with a passkey
sign-in-no-passkey = No passkey yet, or lost it? Ask your department's administrator for a new setup link.

setup-title = Set up your passkey
setup-intro = A passkey lets you sign in with this device's screen lock, fingerprint or face, or with a security key. No password to remember. This link works once.
setup-button = Create a passkey

inbox-no-services = Your department has no services on the portal yet.
inbox-export = Download all applications (CSV)
inbox-filter-label = Show applications that are
inbox-filter-all = in any status
inbox-empty = No applications.
inbox-caption = Applications, newest first
inbox-reference = Reference
inbox-received = Received
inbox-status = Status
inbox-more = Show more applications

status-received = Received
status-in-progress = In progress
status-more-information-needed = More information needed
status-approved = Approved
status-refused = Refused
status-completed = Completed

application-title = Application { $reference }
application-service = Service
application-received = Received
application-language = Citizen's language
application-status = Status
application-answers = Answers
application-history = History
application-no-history = Nobody has changed its status yet.
history-line = { $when }: { $from } → { $to }, by { $name }

application-rating = The citizen's rating
rating-given = Rating
rating-problems = What went wrong
rating-comment = Comment
rating-level-1 = Very dissatisfied
rating-level-2 = Dissatisfied
rating-level-3 = Neither satisfied nor dissatisfied
rating-level-4 = Satisfied
rating-level-5 = Very satisfied
rating-problem-slow = It took too long
rating-problem-unclear = What to do was unclear
rating-problem-documents = Too many documents or visits asked for
rating-problem-staff = How staff dealt with it
rating-problem-outcome = The decision
rating-problem-other = Something else

language-zh-CN = Chinese (Simplified)
language-en = English
language-ug = Uyghur
language-bo = Tibetan

status-form-title = Change the status
status-form-legend = New status
status-form-message = Message to the citizen (optional)
status-form-message-hint = The citizen sees it with the status. Write it in a language they read.
status-form-submit = Change the status
status-form-choose = Choose the new status.
status-form-done = The status is now: { $status }.

audit-title = Audit log
audit-caption = What staff did, newest first
audit-when = When
audit-who = Who
audit-what = What
audit-subject = Application or staff
audit-detail = Detail
audit-action-sign-in = Signed in
audit-action-sign-out = Signed out
audit-action-enrol-passkey = Set up a passkey
audit-action-view-application = Opened an application
audit-action-change-status = Changed a status
audit-action-export = Downloaded applications
audit-action-add-staff = Added a member of staff
audit-action-revoke-staff = Revoked a member of staff

staff-title = Staff
staff-caption = Who has access to your department's applications
staff-name = Name
staff-role = Role
staff-state = Access
staff-action = Change
staff-active = Active
staff-revoked = Revoked on { $date }
staff-revoke = Revoke { $name }
staff-revoked-done = { $name } no longer has access; their sessions have ended.
staff-add-title = Add a member of staff
staff-add-name = Full name
staff-add-role = Role
staff-add-submit = Add and get a setup link
staff-added = { $name } was added.
staff-link-label = Give them this setup link in person or by a channel you trust. It works once, within 24 hours:

error-network = The console could not reach the server. Check the connection and try again.
error-unavailable = The server cannot do this just now. Try again in a minute.
error-passkey-cancelled = No passkey was used. Try again, and follow what your device asks.
error-passkey-refused = This passkey could not be set up. Try again, or use another device.
error-rate-limited = Too many tries from this network. Wait a minute and try again.
error-sign-in-refused = This passkey does not open the console. It may belong to another site, or your access was revoked.
error-ceremony-expired = That took too long. Try again.
error-setup-link-invalid = This setup link does not work: it has been used, has expired (after 24 hours) or was copied wrongly. Ask your administrator for a new one.
error-not-signed-in = You are signed out. Sign in again.
error-csrf-token = Your session has changed in another tab. Reload the page.
error-cross-origin = This request came from another site and was refused.
error-role = Your role does not allow this.
error-not-your-department = This service belongs to another department.
error-not-found = There is no such application in your department.
error-unknown-service = There is no such service.
error-status-changed = Someone else has changed this application's status meanwhile. Look at it again before changing it.
error-transition-not-allowed = The application cannot move to that status from the one it is in.
error-message-too-long = The message is too long: 2,000 characters at most.
error-message-hidden-characters = The message holds hidden control characters. Type it again instead of pasting it.
error-malformed = The request was not understood.
error-unsupported-media-type = The request was not understood.
error-too-large = The request is too large.
error-timeout = The connection was too slow. Try again.
error-unknown-status = There is no such status.
error-already-revoked = This member of staff was already revoked.
error-invalid-name = Give a name of 1 to 100 characters, without control characters.
error-unknown-role = There is no such role.
error-unknown-endpoint = The request was not understood.
