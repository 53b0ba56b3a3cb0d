### Shell: the site's name, header, language switcher, footer, and page titles (the static
### shell's texts are in static.ftl). Shared by every page.
### Status: draft translation, needs review by a native speaker.

-site-name = ᠢᠷᠭᠡᠳ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠠᠯᠠᠪᠤᠷ

header-site-name = { -site-name }
# Shown in the browser tab and read first by screen readers.
# Variables:
#   $page (String) - the title of the page being shown
page-title = { $page } – { -site-name }

skip-link = ᠭᠣᠣᠯ ᠠᠭᠤᠯᠭ᠎ᠠ ᠳᠤ ᠱᠢᠯᠵᠢᠬᠦ

## Header

header-nav-label = ᠭᠣᠣᠯ ᠲᠣᠪᠶᠣᠭ
nav-home = ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ
nav-display-settings = ᠦᠵᠡᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠭ᠎ᠠ
language-switcher-label = ᠬᠡᠯᠡ

## Footer

footer-help-heading = ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠪᠤᠶᠤ ᠪᠡᠶ᠎ᠡ ᠪᠡᠷ ᠣᠴᠢᠵᠤ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠠᠪᠬᠤ
footer-hotline = ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠤᠶᠤ ᠬᠦᠮᠦᠨ ᠲᠡᠢ ᠶᠠᠷᠢᠬᠤ ᠬᠦᠰᠡᠪᠡᠯ᠂ ᠵᠠᠰᠠᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ 12345 ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ ᠪᠤᠶᠤ ᠣᠢᠷ᠎ᠠ ᠶᠢᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ ᠲᠦ ᠣᠴᠢᠭᠠᠷᠠᠢ᠃
footer-nav-label = ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠶᠢᠨ ᠲᠤᠬᠠᠢ
footer-accessibility = ᠰᠠᠭᠠᠳ ᠦᠭᠡᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠲᠤᠬᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ
footer-privacy = ᠬᠤᠪᠢ ᠶᠢᠨ ᠨᠢᠭᠤᠴᠠ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ

## Elder mode and reading aloud

elder-mode-toggle = ᠬᠥᠭᠰᠢᠳ ᠦᠨ ᠬᠡᠪ
read-aloud-listen = ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠢ ᠰᠣᠨᠣᠰᠬᠤ
read-aloud-pause = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
read-aloud-resume = ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠰᠣᠨᠣᠰᠬᠤ
read-aloud-stop = ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
# Variables:
#   $language (String) - the language's name in its own script
read-aloud-no-voice = ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠳᠦ { $language } ᠠᠪᠢᠶ᠎ᠠ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠢ ᠳᠠᠭᠤᠳᠠᠨ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃

## Connection and updates

offline-status = ᠲᠠ ᠣᠳᠣ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠦᠭᠡᠢ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ ᠶᠢ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠳᠦᠭᠦᠷᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠵᠦᠢᠯ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠳᠦ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃
update-available = ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠪᠯᠡᠯ ᠪᠡᠯᠡᠳᠬᠡᠭᠳᠡᠪᠡ᠃ ᠰᠣᠯᠢᠬᠤ ᠦᠶ᠎ᠡ ᠳᠦ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ᠃
update-apply = ᠰᠢᠨ᠎ᠡ ᠬᠡᠪᠯᠡᠯ ᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ

## Dates, written out in full (check answers, statements)

# Variables:
#   $year (Number) - the year
#   $month (Number) - the month, 1 to 12
#   $day (Number) - the day of the month
date-long = { $year } ᠣᠨ ᠤ { $month } ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ { $day }
