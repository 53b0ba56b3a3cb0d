### Shell: the site's name, header, language switcher, footer, and page titles (the static
### shell's texts are in static.ftl). Shared by every page.
### Status: written by the portal team.

-site-name = Citizen Portal

header-site-name = { -site-name }
# Shown in the browser tab and read first by screen readers.
# Variables:
#   $page (String) - the title of the page being shown
page-title = { $page } – { -site-name }

skip-link = Skip to main content

## Header

header-nav-label = Main menu
nav-home = Home
nav-display-settings = Display settings
language-switcher-label = Language

## Footer

footer-help-heading = Help by phone or in person
footer-hotline = Cannot use this site, or would rather talk to someone? Call the government service hotline 12345, or go to your nearest government service centre.
footer-nav-label = About this site
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice

## Elder mode and reading aloud

elder-mode-toggle = Elder mode
read-aloud-listen = Listen to this page
read-aloud-pause = Pause
read-aloud-resume = Continue listening
read-aloud-stop = Stop
# Variables:
#   $language (String) - the language's name in its own script
read-aloud-no-voice = This device has no { $language } voice, so it cannot read this page aloud.

## Connection and updates

offline-status = You are offline. You can keep filling in forms; anything you send will go when you are back online.
update-available = A new version of this site is ready. Your answers are kept when you switch.
update-apply = Use the new version

## Dates, written out in full (check answers, statements)

# Variables:
#   $year (Number) - the year
#   $month (Number) - the month, 1 to 12
#   $day (Number) - the day of the month
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
