### Display settings page: text size, elder mode, contrast, spacing, motion. Loaded with that page.
### Status: draft translation, needs review by a native speaker.

settings-title = كۆرۈنۈش تەڭشىكى
settings-intro = بۇ تور بېكەتنىڭ بۇ ئۈسكۈنىدە قانداق كۆرۈنىدىغانلىقىنى ئۆزگەرتىڭ. ئۆزگەرتىش دەرھال كۈچكە ئىگە بولىدۇ.
settings-text-size-legend = خەت چوڭلۇقى
settings-text-size-standard = ئۆلچەملىك
settings-text-size-large = چوڭ
settings-text-size-larger = تېخىمۇ چوڭ
settings-text-size-largest = ئەڭ چوڭ
settings-options-legend = تور بېكەتنى ئىشلىتىشنى ئاسانلاشتۇرىدىغان باشقا ئۇسۇللار
settings-elder-label = ياشانغانلار ھالىتى
settings-elder-hint = چوڭراق خەت ۋە كۇنۇپكىلار، كەڭرەك ئارىلىق، ھەممە نەرسە بىر ئىستوندا. ھەر بىر بەتنىڭ ئۈستىدىكى كۇنۇپكا ئارقىلىقمۇ ئاچالايسىز.
settings-contrast-label = يۇقىرى سېلىشتۇرما
settings-contrast-hint = ئاق ئۈستىگە قارا خەت، قېنىقراق ئۇلانما ۋە كۇنۇپكىلار. بۇنى تاللىمىسىڭىز، تور بېكەت ئۈسكۈنىڭىزنىڭ تەڭشىكىگە ئەگىشىدۇ.
settings-spacing-label = قۇر، سۆز ۋە ھەرپلەر ئارىسىدىكى ئارىلىقنى چوڭايتىش
settings-spacing-hint = ئۇزۇن تېكىستنى ئوقۇشنى ئاسانلاشتۇرىدۇ.
settings-motion-label = ھەرىكەتنى ئازايتىش
settings-motion-hint = بەتتىكى ھېچنەرسە مىدىرلىمايدۇ ياكى سىيرىلمايدۇ. بۇنى تاللىمىسىڭىز، تور بېكەت ئۈسكۈنىڭىزنىڭ تەڭشىكىگە ئەگىشىدۇ.
settings-save = بۇ تەڭشەكلەرنى ساقلاش
settings-reset = ئۆلچەملىك كۆرۈنۈشكە قايتۇرۇش
settings-saved = كۆرۈنۈش تەڭشىكىڭىز بۇ ئۈسكۈنىدە ساقلاندى.
settings-stored-notice = بۇ تەڭشەكلەر پەقەت بۇ تېلېفون ياكى كومپيۇتېردىلا ساقلىنىدۇ. بىزگە ئەۋەتىلمەيدۇ.
