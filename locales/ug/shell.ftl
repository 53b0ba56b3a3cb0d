### Shell: the site's name, header, language switcher, footer, and page titles (the static
### shell's texts are in static.ftl). Shared by every page.
### Status: draft translation, needs review by a native speaker.

-site-name = پۇقرالار مۇلازىمەت پورتالى

header-site-name = { -site-name }
# Variables:
#   $page (String) - the title of the page being shown
page-title = { $page } – { -site-name }

skip-link = ئاساسىي مەزمۇنغا ئاتلاش

## Header

header-nav-label = ئاساسىي تىزىملىك
nav-home = باش بەت
nav-display-settings = كۆرۈنۈش تەڭشىكى
language-switcher-label = تىل

## Footer

footer-help-heading = تېلېفون ياكى نەق مەيداندا ياردەم
footer-hotline = بۇ تور بېكەتنى ئىشلىتەلمىسىڭىز ياكى بىرەرسى بىلەن سۆزلەشمەكچى بولسىڭىز، ھۆكۈمەت مۇلازىمەت قىزىق لىنىيەسى 12345 كە تېلېفون قىلىڭ، ياكى ئەڭ يېقىن ھۆكۈمەت مۇلازىمەت مەركىزىگە بېرىڭ.
footer-nav-label = بۇ تور بېكەت ھەققىدە
footer-accessibility = توسالغۇسىز زىيارەت باياناتى
footer-privacy = شەخسىي مەخپىيەتلىك ئۇقتۇرۇشى

## Elder mode and reading aloud

elder-mode-toggle = ياشانغانلار ھالىتى
read-aloud-listen = بۇ بەتنى ئاڭلاش
read-aloud-pause = توختىتىپ تۇرۇش
read-aloud-resume = داۋاملىق ئاڭلاش
read-aloud-stop = توختىتىش
# Variables:
#   $language (String) - the language's name in its own script
read-aloud-no-voice = بۇ ئۈسكۈنىدە { $language } ئاۋازى يوق، شۇڭا بۇ بەتنى ئوقۇپ بېرەلمەيدۇ.

## Connection and updates

offline-status = سىز ھازىر تورسىز. جەدۋەل تولدۇرۇشنى داۋاملاشتۇرالايسىز؛ يوللىغانلىرىڭىز تورغا قايتا ئۇلانغاندا ئەۋەتىلىدۇ.
update-available = بۇ تور بېكەتنىڭ يېڭى نەشرى تەييار. ئالماشتۇرغاندا جاۋابلىرىڭىز ساقلىنىپ قالىدۇ.
update-apply = يېڭى نەشرىنى ئىشلىتىش

## Dates, written out in full (check answers, statements)

# Variables:
#   $year (Number) - the year
#   $month (Number) - the month, 1 to 12
#   $day (Number) - the day of the month
date-long = { $year }-يىلى { $day }-{ $month ->
        [1] يانۋار
        [2] فېۋرال
        [3] مارت
        [4] ئاپرېل
        [5] ماي
        [6] ئىيۇن
        [7] ئىيۇل
        [8] ئاۋغۇست
        [9] سېنتەبىر
        [10] ئۆكتەبىر
        [11] نويابىر
       *[12] دېكابىر
    }
