### The accessibility statement and the privacy notice. Loaded with those pages.
### Status: written by the portal team.

accessibility-title = Accessibility statement
accessibility-intro = We want everyone to be able to use this site: on a cheap phone, with a screen reader, with a keyboard alone, zoomed in, and in your own language.
accessibility-testing-heading = How we test
accessibility-testing-body = Every page is checked in every language and in standard, elder and high-contrast display, in a real browser: with the axe checker, at 320 pixels wide, with extra text spacing, for the size of everything you can tap, for the names screen readers read out, and with a keyboard alone, including applying for an ID card in elder mode. We aim to meet WCAG 2.2 level AA.
accessibility-gaps-heading = What does not work yet
accessibility-gaps-body = Automatic checks find only some problems, and we have not yet tested the site with disabled people or with screen readers on phones. Reading aloud needs a voice for your language on your device; few devices have Uyghur or Tibetan voices.
accessibility-translations-heading = Translations
accessibility-translation-source = Written by the portal team.
accessibility-translation-draft = Draft translation. A native speaker still needs to check it.
accessibility-report-heading = Tell us about a problem
accessibility-report-body = If part of this site does not work for you, tell us online, or call the hotline 12345. Tell us the page and what went wrong.
accessibility-report-link = Tell us about a problem with this website
# Variables:
#   $date (String) - the date, already written out by the browser in the current language
accessibility-prepared = We wrote this statement on { $date }.
privacy-title = Privacy notice
privacy-intro = This notice says what this site keeps about you and who can see it.
privacy-device-heading = What is kept on this phone or computer
privacy-device-body = Your language and display settings, so the site opens the way you left it, and the answers you are typing into a service until you send them, for up to 7 days. None of this is sent to us until you send an application.
privacy-outbox-body = An application you send without a connection is kept on this device until it has reached us, then removed. Until then you can delete it on the home page; it is then not sent.
privacy-sent-body = The reference and tracking code of each application you send from this device, with the status last seen and a rating waiting to be sent, so that you can follow it from the home page (the last 20). Anyone who uses this device can see them until you delete them.
privacy-third-parties-heading = Who else can see it
privacy-third-parties-body = Nobody. This site loads nothing from other websites. It has no advertising and does not track you.
privacy-delete-heading = Delete what is kept on this device
privacy-delete-body = This deletes what this site keeps on this phone or computer: answers you have not sent, applications waiting to be sent, your language and display settings, and the copies of services you opened. The site itself stays, so it still opens without a connection. On a shared phone, do this when you have finished.
privacy-delete-button = Delete everything from this device
# Variables:
#   $count (Number) - how many applications wait on this device
privacy-delete-unsent = Applications on this device that have not been sent yet: { $count }. If you delete everything, they will not be sent.
privacy-delete-confirm = Do you want to delete everything this site keeps on this device? You cannot undo this.
privacy-delete-keep = No, keep it
privacy-delete-yes = Yes, delete everything
privacy-deleted = Everything this site kept on this device has been deleted.
privacy-delete-browser = Your browser may still keep copies of pages you opened. To remove those too, clear this site's data in your browser's settings.
