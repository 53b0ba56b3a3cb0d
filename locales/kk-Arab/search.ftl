### The search page, loaded with it.
### Status: draft translation, needs review by a native speaker.

search-title = قىزمەت ىزدەۋ
search-label = نە ىزدەپ ٴجۇرسىز؟
search-hint = مىسالى: كۋالىك، زەينەتاقى، شاعىم. حانزۋ تىلىندە پينيينمەن دە جازا الاسىز، مىسالى sfz.
search-button = ىزدەۋ
search-results = { $count ->
    [0] قىزمەت تابىلمادى
   *[other] { $count } قىزمەت تابىلدى
}
search-nothing-found = جازىلۋىن تەكسەرىڭىز، باسقا سوزدەرمەن ىزدەپ كورىڭىز نەمەسە باستى بەتتەگى قىزمەتتەر ٴتىزىمىن قاراڭىز.
search-all-services = بارلىق قىزمەتتەر
