### Pages: home, service, display settings, accessibility statement, privacy notice and
### page not found.
### Status: draft translation, needs review by a native speaker.

## Home

home-title = تور ئارقىلىق ئاممىۋى مۇلازىمەت
home-intro = ئاممىۋى مۇلازىمەتلەر ھەققىدە ئۇچۇر ئېلىڭ ۋە ئىلتىماس قىلىڭ: ئۆز تىلىڭىزدا، ھەرقانداق تېلېفوندا.
home-services-heading = مۇلازىمەتلەر

## Service

service-loading = مۇلازىمەت يۈكلىنىۋاتىدۇ…
service-unavailable-title = بۇ مۇلازىمەتنى ھازىر ئىشلەتكىلى بولمايدۇ
service-unavailable-body = بۇ مۇلازىمەتنى يۈكلىگىلى بولمىدى. تور ئۇلىنىشىنى تەكشۈرۈپ قايتا سىناڭ ياكى 12345 قىزىق لىنىيەسىگە تېلېفون قىلىڭ.

## Display settings

settings-title = كۆرۈنۈش تەڭشىكى
settings-placeholder-body = يېقىندا بۇ يەردە چوڭ خەت، ياشانغانلار ھالىتى ۋە يۇقىرى سېلىشتۇرمىنى تاللىيالايسىز. ئۇنىڭغىچە توركۆرگۈچنىڭ چوڭايتىش ئىقتىدارى بىلەن خەتنى چوڭايتالايسىز.

## Accessibility statement

accessibility-title = توسالغۇسىز زىيارەت باياناتى
accessibility-intro = ھەممە ئادەمنىڭ بۇ تور بېكەتنى ئىشلىتەلىشىنى ئۈمىد قىلىمىز: ئەرزان تېلېفوندا، ئېكران ئوقۇغۇچ بىلەن، پەقەت كۇنۇپكا تاختىسى بىلەن، چوڭايتىلغان ھالەتتە ۋە ئۆز تىلىڭىزدا.
accessibility-testing-heading = قانداق سىنايمىز
accessibility-testing-body = ھەر بىر بەت ھەر بىر تىلدا ھەقىقىي توركۆرگۈچتە axe تەكشۈرگۈچى بىلەن، پەقەت كۇنۇپكا تاختىسى بىلەن ۋە ئۇيغۇرچىدا ئوڭدىن سولغا ئورۇنلاشتۇرۇش ئۈچۈن تەكشۈرۈلىدۇ. نىشانىمىز WCAG 2.2 AA دەرىجىسىگە يېتىش.
accessibility-gaps-heading = تېخى ئىشلىمەيدىغانلار
accessibility-gaps-body = ياشانغانلار ھالىتى، خەت چوڭلۇقى تەڭشىكى ۋە بەتنى ئاۋازلىق ئوقۇش تېخى تەييار ئەمەس. ئاپتوماتىك تەكشۈرۈش مەسىلىلەرنىڭ بىر قىسمىنىلا تاپالايدۇ، تور بېكەتنى تېخى مېيىپلار بىلەن بىللە سىناپ باقمىدۇق.
accessibility-translations-heading = تەرجىمىلەر
accessibility-translation-source = پورتال گۇرۇپپىسى يازغان.
accessibility-translation-draft = دەسلەپكى تەرجىمە. ئانا تىلى سۆزلىگۈچى تېخى تەكشۈرۈپ باقمىدى.
accessibility-report-heading = مەسىلە ئىنكاس قىلىڭ
accessibility-report-body = بۇ تور بېكەتنىڭ بىرەر قىسمى سىزگە ئىشلىمىسە، 12345 قىزىق لىنىيەسىگە تېلېفون قىلىڭ. قايسى بەت ۋە قانداق مەسىلە چىققانلىقىنى بىزگە ئېيتىڭ.
# Variables:
#   $date (String) - the date, already written out by the browser in the current language
accessibility-prepared = بۇ باياناتنى { $date } كۈنى يازدۇق.

## Privacy notice

privacy-title = شەخسىي مەخپىيەتلىك ئۇقتۇرۇشى
privacy-intro = بۇ ئۇقتۇرۇش بۇ تور بېكەتنىڭ سىز ھەققىدە نېمىلەرنى ساقلايدىغانلىقىنى ۋە ئۇلارنى كىملەرنىڭ كۆرەلەيدىغانلىقىنى چۈشەندۈرىدۇ.
privacy-device-heading = بۇ تېلېفون ياكى كومپيۇتېردا ساقلىنىدىغانلار
privacy-device-body = پەقەت سىز تاللىغان تىللا ساقلىنىدۇ، شۇڭا تور بېكەت كېيىنكى قېتىم سىزنىڭ تىلىڭىزدا ئېچىلىدۇ. ئۇ بىزگە ئەۋەتىلمەيدۇ.
privacy-third-parties-heading = يەنە كىملەر كۆرەلەيدۇ
privacy-third-parties-body = ھېچكىم. بۇ تور بېكەت باشقا تور بېكەتلەردىن ھېچنېمە يۈكلىمەيدۇ. ئېلان يوق، سىزنى ئىز قوغلىمايدۇ.
privacy-delete-heading = قانداق ئۆچۈرۈش
privacy-delete-body = توركۆرگۈچ تەڭشىكىدە بۇ تور بېكەت ساقلىغان سانلىق مەلۇماتلارنى تازىلاڭ. ئورتاق ئىشلىتىلىدىغان تېلېفوندا ئىشلىتىپ بولغاندىن كېيىن شۇنداق قىلىڭ.

## Page not found

not-found-title = بەت تېپىلمىدى
not-found-body = تور ئادرېسىنى ئۆزىڭىز كىرگۈزگەن بولسىڭىز، توغرىلىقىنى تەكشۈرۈڭ. ئۇلانمىنى بېسىپ كەلگەن بولسىڭىز، ئۇنىڭ ۋاقتى ئۆتكەن بولۇشى مۇمكىن.
not-found-home-link = باش بەتكە قايتىش
