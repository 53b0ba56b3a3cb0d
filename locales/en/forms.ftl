### Forms: what every service's pages share: buttons, links, errors, the check answers page,
### the confirmation and the draft kept on the device. Loaded when a service is opened.
### Status: written by the portal team.

forms-start-now = Start now
forms-continue = Continue
forms-back = Back
forms-optional = (optional)

## Errors

forms-error-summary-title = There is a problem
# Read before each error message by screen readers; hidden on screen.
forms-error-prefix = Error:
# The page title while errors show.
# Variables:
#   $title (String) - the usual page title
forms-error-title = Error: { $title }
forms-error-required = Enter an answer
forms-error-required-choice = Select an answer
forms-error-required-checkboxes = Select at least one option
forms-error-required-date = Enter a date, for example 27 3 1957
forms-error-wrong-shape = This answer could not be read. Enter it again
# Variables:
#   $max (Number) - the most characters allowed
forms-error-too-long = Enter { $max } characters or fewer
forms-error-too-long-to-send = This answer is too long to send. Shorten it, or remove spaces or symbols repeated many times
forms-error-hidden-characters = This answer has hidden formatting characters in it, which can come in when text is copied from elsewhere. Type it again instead of pasting it
forms-error-not-a-number = Enter a number, for example 12
forms-error-not-a-whole-number = Enter a whole number, for example 12
# Variables:
#   $places (Number) - the most digits allowed after the decimal point
forms-error-too-many-decimal-places = Enter a number with no more than { $places } digits after the decimal point
# Variables:
#   $min (Number) - the lowest number allowed
forms-error-below-minimum = Enter a number that is { $min } or more
# Variables:
#   $max (Number) - the highest number allowed
forms-error-above-maximum = Enter a number that is { $max } or less
forms-error-date-incomplete = Enter the day, the month and the year
forms-error-date-not-real = Enter a real date, for example 27 3 1957
forms-error-date-in-future = Enter a date that is today or in the past
forms-error-date-in-past = Enter a date that is today or in the future
# Variables:
#   $min (Number) - the youngest age allowed
forms-error-too-young = You must be at least { $min } years old to use this service
# Variables:
#   $max (Number) - the oldest age allowed
forms-error-too-old = Enter a date of birth less than { $max } years ago
forms-error-not-an-option = Select one of the options
forms-error-exclusive-with-others = Select “None of these” on its own, or untick it
forms-error-email-invalid = Enter an email address in the right format, like name@example.com
forms-error-mobile-number-invalid = Enter an 11-digit mobile phone number, like 138 0013 8000
forms-error-resident-id-length = Enter all 18 characters of the ID number
forms-error-resident-id-characters = Enter the ID number using digits only; the last character may be an X
forms-error-resident-id-check-digit = Check the ID number: one of the characters is wrong
forms-error-resident-id-birth-date = Check the ID number: characters 7 to 14 must be a real date of birth
forms-error-resident-id-does-not-match-date-of-birth = The date of birth in the ID number is not the date of birth you gave. Check both
forms-error-postcode-invalid = Enter a 6-digit postcode, like 100010
forms-error-name-invalid = Enter your name without numbers or symbols

## Fields

forms-date-day = Day
forms-date-month = Month
forms-date-year = Year
forms-yes = Yes
forms-no = No
forms-select-choose = Choose an answer
# Between the other options and “None of these”.
forms-checkboxes-or = or
# Variables:
#   $remaining (Number) - characters still allowed
forms-character-count-remaining = { $remaining ->
    [one] You have { $remaining } character left
   *[other] You have { $remaining } characters left
}
# Variables:
#   $over (Number) - characters over the limit
forms-character-count-over = { $over ->
    [one] You have { $over } character too many
   *[other] You have { $over } characters too many
}

## Check answers and sending

forms-check-answers-title = Check your answers before sending them
forms-check-answers-change = Change
forms-check-answers-not-answered = Not answered
forms-declaration-heading = Now send your application
forms-send = Accept and send
forms-sending = Sending…
forms-storage-full = Your application could not be saved on this device because its storage is full or blocked. Your answers are still on this page: try again, or free some space on your phone first.
forms-send-rejected = Some answers need to be checked before your application can be sent.
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
forms-send-already-sent = This application was already sent from this device with other answers, so these answers were not sent. Its reference is { $reference }. To change it, call the hotline 12345.
forms-send-already-sent-no-reference = This application was already sent from this device with other answers, so these answers were not sent. To change it, call the hotline 12345.
# Variables:
#   $status (Number) - the server's status code, for the helpline
forms-send-refused = The service could not accept this application (code { $status }). Your answers are kept on this page. Try again later, or call the hotline 12345.

## Confirmation

forms-confirmation-title = Application sent
forms-confirmation-reference = Your reference number
forms-confirmation-next-heading = What happens next
forms-confirmation-secret = Your tracking code
forms-confirmation-track-heading = Follow your application
forms-confirmation-track-body = With your reference and tracking code you can see how your application is going, read what the department tells you, and rate the service once it has been decided. Both are kept on this phone; write them down if you may use another.
forms-confirmation-track-link = Follow your application
forms-confirmation-rate-heading = Rate this service
forms-confirmation-rate-body = Tell the department how easy it was to give your view. It takes a minute.
forms-confirmation-rate-link = Rate this service
forms-confirmation-waiting-title = Your application is waiting to be sent
forms-confirmation-waiting-body = It is saved on this device and will be sent as soon as you are connected, even if you close this page. Your reference number will appear here then.
forms-send-now = Send now
forms-print = Print or save this page

## Exit page

forms-exit-change-answer = Change your answer

## Draft on this device

forms-draft-notice = Your answers are saved on this device until you send them, for up to 7 days. Anyone using this device can see them.
forms-draft-delete = Delete my answers from this device
forms-draft-deleted = Your answers have been deleted from this device.
forms-draft-changed = This service has changed since you started. We kept the answers that still fit. Check each one before you send.

## Information page: the same sections for every service

forms-info-what = What this service is
forms-info-who = Who can apply
forms-info-bring = What you need
forms-info-fees = Fees
forms-info-time = How long it takes
forms-info-apply = How to apply
forms-info-online = Online
forms-info-in-person = In person
forms-info-phone = By phone
forms-unavailable-body = The online form needs a newer browser, with JavaScript and WebAssembly switched on. You can apply in person or by phone instead.
forms-unavailable-back = Back to the information page
forms-info-contact = Contact
forms-elder-suggestion = Most people who use this service turn on elder mode: larger text, bigger buttons and reading aloud.
forms-elder-suggestion-button = Turn on elder mode
forms-feedback-question = Was this page useful?
forms-feedback-yes = Yes
forms-feedback-no = No
forms-feedback-thanks = Thank you. We only count the answers; nothing about you is kept.
forms-feedback-not-sent = Your answer was not sent. Check your connection and try again.
forms-feedback-report = Tell us about a problem with this page
