### Pages every visit may need at once: home, service loading, page not found. Settings and
### statements have their own files, loaded with their pages.
### Status: draft translation, needs review by a native speaker.

## Home

home-title = تور ارقىلى قوعامدىق قىزمەتتەر
home-intro = قوعامدىق قىزمەتتەر تۋرالى ٴبىلىپ، ولارعا ٴوز تىلىڭىزدە، كەز كەلگەن تەلەفوننان ٴوتىنىش بەرىڭىز.
home-services-heading = قىزمەتتەر

## Service

service-loading = قىزمەت جۇكتەلۋدە…
service-unavailable-title = بۇل قىزمەتتى قازىر پايدالانۋعا بولمايدى
service-unavailable-body = بۇل قىزمەتتى جۇكتەي المادىق. تورعا قوسىلۋىڭىزدى تەكسەرىپ، قايتا كورىڭىز نەمەسە 12345 ىستىق جەلىسىنە قوڭىراۋ شالىڭىز.

## Page not found

not-found-title = بەت تابىلمادى
not-found-body = تور ادرەسىن ٴوزىڭىز جازعان بولساڭىز، دۇرىس ەكەنىن تەكسەرىڭىز. سىلتەمە ارقىلى كەلسەڭىز، ول ەسكىرگەن بولۋى مۇمكىن.
not-found-home-link = باستى بەتكە ٴوتۋ

## Topics on the home page (ids in services/catalogue.toml)

topic-identity-residence = كۋالىك جانە ٴۇي تىركەۋى
topic-pensions-elderly-care = زەينەتاقى جانە قارتتاردى كۇتۋ
topic-business-investment = كاسىپكەرلىك جانە ينۆەستيتسيا
topic-consumer-rights = تۇتىنۋشى قۇقىعى جانە ٴونىم ساپاسى
topic-science-technology = عىلىم جانە تەحنيكا
topic-have-your-say = پىكىر ايتىڭىز
home-search-label = قىزمەت ىزدەۋ
home-search-button = ىزدەۋ
home-track-link = جىبەرگەن ٴوتىنىشىڭىزدىڭ بارىسىن قاداعالاۋ
