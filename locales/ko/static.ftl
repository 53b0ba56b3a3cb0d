### The static shell: what a page shows before the app has loaded, or with scripts off
### (index.html, and the app's page portal-server sends in each language). Never downloaded
### by the app, so these texts cost the first load nothing. The term -site-name is in shell.ftl.
### Status: draft translation, needs review by a native speaker.

## Static shell in index.html, shown before the app has loaded. The text in index.html must
## match these messages exactly; a test checks it.

static-loading = { -site-name } 불러오는 중…
static-noscript = 이 사이트를 이용하려면 JavaScript가 필요합니다. 정무서비스 핫라인 12345로 전화하시거나 가까운 정무서비스센터를 방문하셔도 됩니다.
