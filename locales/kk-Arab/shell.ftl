### Shell: the site's name, header, language switcher, footer, and page titles (the static
### shell's texts are in static.ftl). Shared by every page.
### Status: draft translation, needs review by a native speaker.

-site-name = ازاماتتار پورتالى

header-site-name = { -site-name }
# Shown in the browser tab and read first by screen readers.
# Variables:
#   $page (String) - the title of the page being shown
page-title = { $page } – { -site-name }

skip-link = نەگىزگى مازمۇنعا ٴوتۋ

## Header

header-nav-label = باس ٴمازىر
nav-home = باستى بەت
nav-display-settings = كورىنىس باپتاۋلارى
language-switcher-label = ٴتىل

## Footer

footer-help-heading = تەلەفون ارقىلى نەمەسە ورنىندا كومەك
footer-hotline = بۇل تور بەكەتتى پايدالانا المايسىز با، الدە بىرەۋمەن سويلەسكىڭىز كەلە مە؟ ۇكىمەت قىزمەتىنىڭ 12345 ىستىق جەلىسىنە قوڭىراۋ شالىڭىز نەمەسە ەڭ جاقىن ۇكىمەت قىزمەت ورتالىعىنا بارىڭىز.
footer-nav-label = بۇل تور بەكەت تۋرالى
footer-accessibility = كەدەرگىسىز پايدالانۋ مالىمدەمەسى
footer-privacy = قۇپيالىق تۋرالى ەسكەرتۋ

## Elder mode and reading aloud

elder-mode-toggle = قاريالار نۇسقاسى
read-aloud-listen = بۇل بەتتى تىڭداۋ
read-aloud-pause = كىدىرتۋ
read-aloud-resume = تىڭداۋدى جالعاستىرۋ
read-aloud-stop = توقتاتۋ
# Variables:
#   $language (String) - the language's name in its own script
read-aloud-no-voice = بۇل اسپاپتا { $language } داۋىسى جوق، سوندىقتان بۇل بەتتى داۋىستاپ وقي المايدى.

## Connection and updates

offline-status = قازىر تورعا قوسىلماعانسىز. كەستە تولتىرۋدى جالعاستىرا الاسىز؛ جىبەرگەندەرىڭىز تورعا قايتا قوسىلعاندا جىبەرىلەدى.
update-available = بۇل تور بەكەتتىڭ جاڭا نۇسقاسى دايىن. اۋىسقاندا جاۋاپتارىڭىز ساقتالادى.
update-apply = جاڭا نۇسقانى پايدالانۋ

## Dates, written out in full (check answers, statements)

# Variables:
#   $year (Number) - the year
#   $month (Number) - the month, 1 to 12
#   $day (Number) - the day of the month
date-long = { $year }-جىلعى { $day }-{ $month ->
        [1] قاڭتار
        [2] اقپان
        [3] ناۋرىز
        [4] ٴساۋىر
        [5] مامىر
        [6] ماۋسىم
        [7] شىلدە
        [8] تامىز
        [9] قىركۇيەك
        [10] قازان
        [11] قاراشا
       *[12] جەلتوقسان
    }
