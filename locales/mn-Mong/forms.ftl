### Forms: what every service's pages share: buttons, links, errors, the check answers page,
### the confirmation and the draft kept on the device. Loaded when a service is opened.
### Status: draft translation, needs review by a native speaker.

forms-start-now = ᠣᠳᠣ ᠡᠬᠢᠯᠡᠬᠦ
forms-continue = ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ
forms-back = ᠪᠤᠴᠠᠬᠤ
forms-optional = (ᠰᠣᠩᠭᠣᠯᠲᠠ ᠪᠠᠷ)

## Errors

forms-error-summary-title = ᠠᠰᠠᠭᠤᠳᠠᠯ ᠪᠠᠢᠨ᠎ᠠ
# Read before each error message by screen readers; hidden on screen.
forms-error-prefix = ᠪᠤᠷᠤᠭᠤ᠄
# The page title while errors show.
# Variables:
#   $title (String) - the usual page title
forms-error-title = ᠪᠤᠷᠤᠭᠤ᠄ { $title }
forms-error-required = ᠬᠠᠷᠢᠭᠤ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ
forms-error-required-choice = ᠨᠢᠭᠡ ᠬᠠᠷᠢᠭᠤ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ
forms-error-required-checkboxes = ᠳᠣᠷ᠎ᠠ ᠬᠠᠶᠠᠭ᠎ᠠ ᠨᠢᠭᠡ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ
forms-error-required-date = ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠶᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 1957 ᠣᠨ ᠤ 3 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 27
forms-error-wrong-shape = ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
# Variables:
#   $max (Number) - the most characters allowed
forms-error-too-long = ᠬᠠᠮᠤᠭ ᠤᠨ ᠣᠯᠠᠨ ᠳᠠᠭᠠᠨ { $max } ᠦᠰᠦᠭ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
forms-error-too-long-to-send = ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠤᠷᠲᠤ ᠲᠤᠯᠠ ᠢᠯᠡᠭᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠠᠬᠤᠷᠳᠬᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠣᠯᠠᠨ ᠳᠠᠬᠢᠨ ᠳᠠᠪᠲᠠᠭᠳᠠᠭᠰᠠᠨ ᠬᠣᠭᠣᠰᠤᠨ ᠵᠠᠢ ᠪᠤᠶᠤ ᠲᠡᠮᠳᠡᠭ ᠢ ᠬᠠᠰᠤᠭᠠᠷᠠᠢ
forms-error-hidden-characters = ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠳᠤ ᠦᠵᠡᠭᠳᠡᠬᠦ ᠦᠭᠡᠢ ᠬᠡᠯᠪᠡᠷᠢ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠡᠨᠡ ᠨᠢ ᠪᠤᠰᠤ ᠭᠠᠵᠠᠷ ᠠᠴᠠ ᠪᠢᠴᠢᠭ ᠬᠠᠭᠤᠯᠵᠤ ᠨᠠᠭᠠᠭᠰᠠᠨ ᠦᠶ᠎ᠡ ᠳᠦ ᠣᠷᠣᠵᠤ ᠢᠷᠡᠳᠡᠭ᠃ ᠨᠠᠭᠠᠬᠤ ᠶᠢᠨ ᠣᠷᠤᠨ ᠳᠤ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ
forms-error-not-a-number = ᠲᠣᠭ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 12
forms-error-not-a-whole-number = ᠪᠦᠬᠦᠯ ᠲᠣᠭ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 12
# Variables:
#   $places (Number) - the most digits allowed after the decimal point
forms-error-too-many-decimal-places = ᠪᠠᠭ᠎ᠠ ᠲᠣᠭᠠᠨ ᠤ ᠴᠡᠭ ᠦᠨ ᠬᠣᠢᠨ᠎ᠠ ᠬᠠᠮᠤᠭ ᠤᠨ ᠣᠯᠠᠨ ᠳᠠᠭᠠᠨ { $places } ᠣᠷᠣᠨ ᠲᠠᠢ ᠲᠣᠭ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
# Variables:
#   $min (Number) - the lowest number allowed
forms-error-below-minimum = { $min } ᠪᠤᠶᠤ ᠲᠡᠭᠦᠨ ᠡᠴᠡ ᠶᠡᠬᠡ ᠲᠣᠭ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
# Variables:
#   $max (Number) - the highest number allowed
forms-error-above-maximum = { $max } ᠪᠤᠶᠤ ᠲᠡᠭᠦᠨ ᠡᠴᠡ ᠪᠠᠭ᠎ᠠ ᠲᠣᠭ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
forms-error-date-incomplete = ᠣᠨ᠂ ᠰᠠᠷ᠎ᠠ᠂ ᠡᠳᠦᠷ ᠢ ᠪᠦᠭᠦᠳᠡ ᠶᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
forms-error-date-not-real = ᠪᠣᠳᠠᠲᠤ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 1957 ᠣᠨ ᠤ 3 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 27
forms-error-date-in-future = ᠥᠨᠥᠳᠦᠷ ᠪᠤᠶᠤ ᠲᠡᠭᠦᠨ ᠡᠴᠡ ᠡᠮᠦᠨᠡᠬᠢ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
forms-error-date-in-past = ᠥᠨᠥᠳᠦᠷ ᠪᠤᠶᠤ ᠲᠡᠭᠦᠨ ᠡᠴᠡ ᠬᠣᠢᠨᠠᠬᠢ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
# Variables:
#   $min (Number) - the youngest age allowed
forms-error-too-young = ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠳᠦ ᠳᠣᠷ᠎ᠠ ᠬᠠᠶᠠᠭ᠎ᠠ { $min } ᠨᠠᠰᠤ ᠬᠦᠷᠦᠭᠰᠡᠨ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠤᠲᠠᠢ
# Variables:
#   $max (Number) - the oldest age allowed
forms-error-too-old = ᠡᠳᠦᠭᠡ ᠡᠴᠡ { $max } ᠵᠢᠯ ᠦᠨ ᠳᠣᠲᠣᠷᠠᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
forms-error-not-an-option = ᠰᠣᠩᠭᠣᠯᠲᠠ ᠠᠴᠠ ᠨᠢᠭᠡ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ
forms-error-exclusive-with-others = «ᠡᠳᠡᠭᠡᠷ ᠦᠨ ᠠᠯᠢ ᠴᠤ ᠦᠭᠡᠢ» ᠶᠢ ᠭᠠᠭᠴᠠ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠲᠡᠭᠦᠨ ᠦ ᠰᠣᠩᠭᠣᠯᠲᠠ ᠶᠢ ᠦᠭᠡᠢᠰᠭᠡᠭᠡᠷᠡᠢ
forms-error-email-invalid = ᠴᠠᠬᠢᠮ ᠱᠤᠤᠳᠠᠩ ᠤᠨ ᠬᠠᠢᠭ ᠢ ᠵᠥᠪ ᠬᠡᠯᠪᠡᠷᠢ ᠪᠡᠷ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ name@example.com
forms-error-mobile-number-invalid = 11 ᠣᠷᠣᠨ ᠲᠠᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠨᠣᠮᠧᠷ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 138 0013 8000
forms-error-resident-id-length = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠤᠨ 18 ᠣᠷᠣᠨ ᠢ ᠪᠦᠭᠦᠳᠡ ᠶᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
forms-error-resident-id-characters = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠢ ᠵᠥᠪᠬᠡᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃ ᠰᠡᠭᠦᠯ ᠦᠨ ᠣᠷᠣᠨ ᠨᠢ X ᠪᠠᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ
forms-error-resident-id-check-digit = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠄ ᠨᠢᠭᠡ ᠣᠷᠣᠨ ᠨᠢ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠢᠨ᠎ᠠ
forms-error-resident-id-birth-date = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠄ 7–14 ᠳᠦᠭᠡᠷ ᠣᠷᠣᠨ ᠨᠢ ᠪᠣᠳᠠᠲᠤ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠤᠲᠠᠢ
forms-error-resident-id-does-not-match-date-of-birth = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠳᠣᠲᠣᠷᠠᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠲᠠᠨ ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠲᠡᠢ ᠲᠣᠬᠢᠷᠣᠬᠤ ᠦᠭᠡᠢ᠃ ᠬᠣᠶᠠᠭᠤᠯᠠ ᠶᠢ ᠨᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ
forms-error-postcode-invalid = 6 ᠣᠷᠣᠨ ᠲᠠᠢ ᠱᠤᠤᠳᠠᠩ ᠤᠨ ᠨᠣᠮᠧᠷ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 100010
forms-error-name-invalid = ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠲᠣᠭ᠎ᠠ ᠪᠤᠶᠤ ᠲᠡᠮᠳᠡᠭ ᠦᠭᠡᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ

## Fields

forms-date-day = ᠡᠳᠦᠷ
forms-date-month = ᠰᠠᠷ᠎ᠠ
forms-date-year = ᠣᠨ
forms-yes = ᠲᠡᠢᠮᠦ
forms-no = ᠦᠭᠡᠢ
forms-select-choose = ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ
# Between the other options and “None of these”.
forms-checkboxes-or = ᠡᠰᠡᠪᠡᠰᠦ
# Variables:
#   $remaining (Number) - characters still allowed
forms-character-count-remaining = { $remaining ->
   *[other] ᠳᠠᠬᠢᠨ { $remaining } ᠦᠰᠦᠭ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ
}
# Variables:
#   $over (Number) - characters over the limit
forms-character-count-over = { $over ->
   *[other] { $over } ᠦᠰᠦᠭ ᠢᠯᠡᠭᠦᠦ ᠪᠠᠢᠨ᠎ᠠ
}

## Check answers and sending

forms-check-answers-title = ᠢᠯᠡᠭᠡᠬᠦ ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠨ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ
forms-check-answers-change = ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ
forms-check-answers-not-answered = ᠬᠠᠷᠢᠭᠤᠯᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
forms-declaration-heading = ᠣᠳᠣ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠢᠶᠡᠨ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ
forms-send = ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠵᠦ ᠢᠯᠡᠭᠡᠬᠦ
forms-sending = ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠁
forms-storage-full = ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠣᠷᠣᠨ ᠵᠠᠢ ᠳᠦᠭᠦᠷᠦᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠬᠣᠷᠢᠭᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠲᠠᠨ ᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠳᠡᠭᠡᠷ᠎ᠡ ᠪᠠᠢᠨ᠎ᠠ᠄ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠤᠷᠢᠳᠠ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠠᠨ ᠣᠷᠣᠨ ᠵᠠᠢ ᠶᠢ ᠰᠤᠯᠠᠯᠠᠭᠠᠷᠠᠢ᠃
forms-send-rejected = ᠥᠷᠭᠡᠳᠬᠡᠯ ᠢ ᠢᠯᠡᠭᠡᠬᠦ ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ ᠵᠠᠷᠢᠮ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠱᠠᠯᠭᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
forms-send-already-sent = ᠡᠨᠡ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠡᠴᠡ ᠪᠤᠰᠤ ᠬᠠᠷᠢᠭᠤ ᠲᠠᠢ ᠬᠡᠳᠦᠢᠨ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠲᠡᠭᠦᠨ ᠦ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠨᠣᠮᠧᠷ ᠨᠢ { $reference }᠃ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠪᠣᠯ 12345 ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃
forms-send-already-sent-no-reference = ᠡᠨᠡ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠡᠴᠡ ᠪᠤᠰᠤ ᠬᠠᠷᠢᠭᠤ ᠲᠠᠢ ᠬᠡᠳᠦᠢᠨ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠪᠣᠯ 12345 ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃
# Variables:
#   $status (Number) - the server's status code, for the helpline
forms-send-refused = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠡᠨᠡ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ (ᠺᠣᠳ᠋ { $status })᠃ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠰᠦ 12345 ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃

## Confirmation

forms-confirmation-title = ᠥᠷᠭᠡᠳᠬᠡᠯ ᠢᠯᠡᠭᠡᠭᠳᠡᠪᠡ
forms-confirmation-reference = ᠲᠠᠨ ᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠨᠣᠮᠧᠷ
forms-confirmation-next-heading = ᠳᠠᠷᠠᠭ᠎ᠠ ᠶᠢᠨ ᠠᠯᠬᠤᠮ
forms-confirmation-secret = ᠲᠠᠨ ᠤ ᠯᠠᠪᠢᠯᠠᠬᠤ ᠺᠣᠳ᠋
forms-confirmation-track-heading = ᠥᠷᠭᠡᠳᠬᠡᠯ ᠢᠶᠡᠨ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠯᠠᠪᠢᠯᠠᠬᠤ
forms-confirmation-track-body = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠨᠣᠮᠧᠷ ᠪᠠ ᠯᠠᠪᠢᠯᠠᠬᠤ ᠺᠣᠳ᠋ ᠢᠶᠠᠷ ᠲᠠ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠦᠨ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠦᠵᠡᠵᠦ᠂ ᠬᠡᠯᠲᠡᠰ ᠦᠨ ᠲᠠᠨ ᠳᠤ ᠥᠭᠦᠭᠰᠡᠨ ᠦᠭᠡ ᠶᠢ ᠤᠩᠰᠢᠵᠤ᠂ ᠱᠢᠢᠳᠬᠡᠭᠳᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠬᠣᠶᠠᠭᠤᠯᠠ ᠨᠢ ᠡᠨᠡ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠪᠤᠰᠤ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠮᠠᠭᠠᠳ ᠪᠣᠯ ᠲᠡᠳᠡᠭᠡᠷ ᠢ ᠪᠢᠴᠢᠵᠦ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
forms-confirmation-track-link = ᠥᠷᠭᠡᠳᠬᠡᠯ ᠢᠶᠡᠨ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠯᠠᠪᠢᠯᠠᠬᠤ
forms-confirmation-rate-heading = ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠬᠦ
forms-confirmation-rate-body = ᠰᠠᠨᠠᠯ ᠢᠶᠠᠨ ᠥᠭᠬᠦ ᠨᠢ ᠬᠡᠳᠦᠢ ᠬᠢᠯᠪᠠᠷ ᠪᠠᠢᠭᠰᠠᠨ ᠢ ᠬᠡᠯᠲᠡᠰ ᠲᠦ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ᠃ ᠨᠢᠭᠡ ᠮᠢᠨᠦᠲ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
forms-confirmation-rate-link = ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠬᠦ
forms-confirmation-waiting-title = ᠲᠠᠨ ᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠢᠯᠡᠭᠡᠭᠳᠡᠬᠦ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
forms-confirmation-waiting-body = ᠥᠷᠭᠡᠳᠬᠡᠯ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠳᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠢ ᠬᠠᠭᠠᠭᠰᠠᠨ ᠴᠤ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠳᠦ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ ᠳᠠᠷᠤᠢ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃ ᠲᠡᠭᠦᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠲᠠᠨ ᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠨᠣᠮᠧᠷ ᠡᠨᠳᠡ ᠭᠠᠷᠤᠨ᠎ᠠ᠃
forms-send-now = ᠣᠳᠣ ᠢᠯᠡᠭᠡᠬᠦ
forms-print = ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠢ ᠬᠡᠪᠯᠡᠬᠦ ᠪᠤᠶᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ

## Exit page

forms-exit-change-answer = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠨ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ

## Draft on this device

forms-draft-notice = ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠢᠯᠡᠭᠡᠬᠦ ᠬᠦᠷᠲᠡᠯᠡ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠳᠦ ᠬᠠᠮᠤᠭ ᠤᠨ ᠤᠳᠠᠭᠠᠨ 7 ᠡᠳᠦᠷ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ᠃ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠬᠡᠨ ᠴᠤ ᠲᠡᠳᠡᠭᠡᠷ ᠢ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
forms-draft-delete = ᠮᠢᠨᠦ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠡᠴᠡ ᠬᠠᠰᠤᠬᠤ
forms-draft-deleted = ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠡᠴᠡ ᠬᠠᠰᠤᠭᠳᠠᠪᠠ᠃
forms-draft-changed = ᠲᠠᠨ ᠤ ᠡᠬᠢᠯᠡᠭᠰᠡᠨ ᠡᠴᠡ ᠬᠣᠢᠰᠢ ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠵᠡᠢ᠃ ᠪᠢᠳᠡ ᠣᠳᠣ ᠴᠤ ᠲᠣᠬᠢᠷᠣᠬᠤ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ᠃ ᠢᠯᠡᠭᠡᠬᠦ ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ ᠨᠢᠭᠡ ᠨᠢᠭᠡᠨ ᠢᠶᠡᠷ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠃

## Information page: the same sections for every service

forms-info-what = ᠡᠨᠡ ᠨᠢ ᠶᠠᠮᠠᠷ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
forms-info-who = ᠬᠡᠨ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠭᠠᠷᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ
forms-info-bring = ᠪᠡᠯᠡᠳᠬᠡᠬᠦ ᠵᠦᠢᠯ
forms-info-fees = ᠲᠥᠯᠥᠪᠦᠷᠢ
forms-info-time = ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
forms-info-apply = ᠶᠠᠭᠠᠵᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠭᠠᠷᠭᠠᠬᠤ
forms-info-online = ᠰᠦᠯᠵᠢᠶᠡᠨ ᠳᠡᠭᠡᠷ᠎ᠡ
forms-info-in-person = ᠪᠡᠶ᠎ᠡ ᠪᠡᠷ ᠣᠴᠢᠵᠤ
forms-info-phone = ᠤᠲᠠᠰᠤ ᠪᠠᠷ
forms-unavailable-body = ᠰᠦᠯᠵᠢᠶᠡᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ ᠳᠦ ᠰᠢᠨ᠎ᠡ ᠬᠡᠪᠯᠡᠯ ᠦᠨ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠦᠵᠡᠭᠦᠷ ᠬᠡᠷᠡᠭᠲᠡᠢ᠂ JavaScript ᠪᠠ WebAssembly ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠤᠲᠠᠢ᠃ ᠲᠠ ᠪᠡᠶ᠎ᠡ ᠪᠡᠷ ᠣᠴᠢᠵᠤ ᠪᠤᠶᠤ ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠭᠠᠷᠭᠠᠵᠤ ᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
forms-unavailable-back = ᠲᠠᠢᠯᠪᠤᠷᠢ ᠨᠢᠭᠤᠷ ᠲᠤ ᠪᠤᠴᠠᠬᠤ
forms-info-contact = ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ
forms-elder-suggestion = ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠣᠯᠠᠩᠬᠢ ᠨᠢ ᠬᠥᠭᠰᠢᠳ ᠦᠨ ᠬᠡᠪ ᠢ ᠨᠡᠭᠡᠭᠡᠳᠡᠭ᠄ ᠦᠰᠦᠭ ᠶᠡᠬᠡ᠂ ᠳᠠᠷᠤᠭᠤᠯ ᠶᠡᠬᠡ᠂ ᠳᠠᠭᠤᠳᠠᠨ ᠤᠩᠰᠢᠬᠤ ᠴᠢᠳᠠᠯᠲᠠᠢ᠃
forms-elder-suggestion-button = ᠬᠥᠭᠰᠢᠳ ᠦᠨ ᠬᠡᠪ ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ
forms-feedback-question = ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠲᠠᠨ ᠳᠤ ᠲᠤᠰᠠᠲᠠᠢ ᠪᠠᠢᠪᠠ ᠤᠤ?
forms-feedback-yes = ᠲᠡᠢᠮᠦ
forms-feedback-no = ᠦᠭᠡᠢ
forms-feedback-thanks = ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃ ᠪᠢᠳᠡ ᠵᠥᠪᠬᠡᠨ ᠬᠠᠷᠢᠭᠤ ᠶᠢᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠲᠣᠭᠠᠯᠠᠨ᠎ᠠ᠂ ᠲᠠᠨ ᠤ ᠲᠤᠬᠠᠢ ᠶᠠᠮᠠᠷ ᠴᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠦᠭᠡᠢ᠃
forms-feedback-not-sent = ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠨ ᠱᠠᠯᠭᠠᠵᠤ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃
forms-feedback-report = ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠤᠨ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠢ ᠪᠢᠳᠡᠨ ᠳᠦ ᠮᠡᠳᠡᠭᠦᠯᠬᠦ
