### Pages every visit may need at once: home, service loading, page not found. Settings and
### statements have their own files, loaded with their pages.
### Status: draft translation, needs review by a native speaker.

## Home

home-title = تور ئارقىلىق ئاممىۋى مۇلازىمەت
home-intro = ئاممىۋى مۇلازىمەتلەر ھەققىدە ئۇچۇر ئېلىڭ ۋە ئىلتىماس قىلىڭ: ئۆز تىلىڭىزدا، ھەرقانداق تېلېفوندا.
home-services-heading = مۇلازىمەتلەر

## Service

service-loading = مۇلازىمەت يۈكلىنىۋاتىدۇ…
service-unavailable-title = بۇ مۇلازىمەتنى ھازىر ئىشلەتكىلى بولمايدۇ
service-unavailable-body = بۇ مۇلازىمەتنى يۈكلىگىلى بولمىدى. تور ئۇلىنىشىنى تەكشۈرۈپ قايتا سىناڭ ياكى 12345 قىزىق لىنىيەسىگە تېلېفون قىلىڭ.

## Page not found

not-found-title = بەت تېپىلمىدى
not-found-body = تور ئادرېسىنى ئۆزىڭىز كىرگۈزگەن بولسىڭىز، توغرىلىقىنى تەكشۈرۈڭ. ئۇلانمىنى بېسىپ كەلگەن بولسىڭىز، ئۇنىڭ ۋاقتى ئۆتكەن بولۇشى مۇمكىن.
not-found-home-link = باش بەتكە قايتىش

## Topics on the home page (ids in services/catalogue.toml)

topic-identity-residence = كىملىك ۋە نوپۇس
topic-pensions-elderly-care = پېنسىيە ۋە ياشانغانلارنى كۈتۈش
topic-business-investment = سودا ۋە مەبلەغ سېلىش
topic-consumer-rights = ئىستېمالچىلار ھوقۇقى ۋە مەھسۇلات سۈپىتى
topic-science-technology = پەن-تېخنىكا
topic-have-your-say = پىكىر بېرىڭ
home-search-label = مۇلازىمەت ئىزدەش
home-search-button = ئىزدەش
home-track-link = ئەۋەتكەن ئىلتىماسىڭىزنىڭ ئەھۋالىنى سۈرۈشتۈرۈش
