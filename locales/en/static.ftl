### The static shell: what a page shows before the app has loaded, or with scripts off
### (index.html, and the app's page portal-server sends in each language). Never downloaded
### by the app, so these texts cost the first load nothing. The term -site-name is in shell.ftl.
### Status: written by the portal team.

## Static shell in index.html, shown before the app has loaded. The text in index.html must
## match these messages exactly; a test checks it.

static-loading = { -site-name } is loading…
static-noscript = This site needs JavaScript. You can also call the government service hotline 12345, or go to your nearest government service centre.
