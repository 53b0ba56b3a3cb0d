### The search page, loaded with it.
### Status: draft translation, needs review by a native speaker.

search-title = مۇلازىمەت ئىزدەش
search-label = نېمە ئىزدەۋاتىسىز؟
search-hint = مەسىلەن: كىملىك، پېنسىيە، ئەرز.
search-button = ئىزدەش
search-results = { $count ->
    [0] مۇلازىمەت تېپىلمىدى
   *[other] { $count } مۇلازىمەت تېپىلدى
}
search-nothing-found = يېزىلىشىنى تەكشۈرۈڭ، باشقا سۆز بىلەن سىناڭ ياكى باش بەتتىكى مۇلازىمەتلەر تىزىملىكىدىن ئىزدەڭ.
search-all-services = بارلىق مۇلازىمەتلەر
