### The static shell: what a page shows before the app has loaded, or with scripts off
### (index.html, and the app's page portal-server sends in each language). Never downloaded
### by the app, so these texts cost the first load nothing. The term -site-name is in shell.ftl.
### Status: draft translation, needs review by a native speaker.

## Static shell in index.html, shown before the app has loaded. The text in index.html must
## match these messages exactly; a test checks it.

static-loading = { -site-name } جۇكتەلۋدە…
static-noscript = بۇل تور بەكەتكە JavaScript كەرەك. سونداي-اق ۇكىمەت قىزمەتىنىڭ 12345 ىستىق جەلىسىنە قوڭىراۋ شالۋعا نەمەسە ەڭ جاقىن ۇكىمەت قىزمەت ورتالىعىنا بارۋعا بولادى.
