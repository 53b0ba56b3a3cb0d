### Pages: home, service, display settings, accessibility statement, privacy notice and
### page not found.
### Status: written by the portal team.

## Home

home-title = Public services online
home-intro = Find out about public services and apply for them, in your own language, on any phone.
home-services-heading = Services

## Service

service-loading = Loading the service…
service-unavailable-title = This service is not available
service-unavailable-body = We could not load this service. Check your connection and try again, or call the hotline 12345.

## Display settings

settings-title = Display settings
settings-placeholder-body = Soon you can choose larger text, elder mode and high contrast here. Until then, you can make text bigger with your browser's zoom.

## Accessibility statement

accessibility-title = Accessibility statement
accessibility-intro = We want everyone to be able to use this site: on a cheap phone, with a screen reader, with a keyboard alone, zoomed in, and in your own language.
accessibility-testing-heading = How we test
accessibility-testing-body = Every page is checked in every language in a real browser with the axe accessibility checker, with a keyboard alone, and in Uyghur for right-to-left layout. We aim to meet WCAG 2.2 level AA.
accessibility-gaps-heading = What does not work yet
accessibility-gaps-body = Elder mode, text size settings and reading pages aloud are not ready yet. Automatic checks find only some problems, and we have not yet tested the site with disabled people.
accessibility-translations-heading = Translations
accessibility-translation-source = Written by the portal team.
accessibility-translation-draft = Draft translation. A native speaker still needs to check it.
accessibility-report-heading = Tell us about a problem
accessibility-report-body = If part of this site does not work for you, call the hotline 12345. Tell us the page and what went wrong.
# Variables:
#   $date (String) - the date, already written out by the browser in the current language
accessibility-prepared = We wrote this statement on { $date }.

## Privacy notice

privacy-title = Privacy notice
privacy-intro = This notice says what this site keeps about you and who can see it.
privacy-device-heading = What is kept on this phone or computer
privacy-device-body = Only the language you chose, so the site opens in your language next time. It is not sent to us.
privacy-third-parties-heading = Who else can see it
privacy-third-parties-body = Nobody. This site loads nothing from other websites. It has no advertising and does not track you.
privacy-delete-heading = How to delete it
privacy-delete-body = In your browser's settings, clear the data stored by this site. On a shared phone, do this when you have finished.

## Page not found

not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you followed a link, it may be out of date.
not-found-home-link = Go to the home page
