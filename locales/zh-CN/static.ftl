### 静态外壳：应用加载完成之前或脚本关闭时页面显示的文字（index.html，以及
### portal-server 为每种语言发送的应用页面）。应用从不下载本文件，因此不占首次加载。
### 网站名称 -site-name 在 shell.ftl 中。
### 状态：由门户团队撰写。

## index.html 中的静态外壳，在应用加载完成前显示。index.html 中的文字必须与这些消息完全一致，
## 有测试检查。

static-loading = { -site-name }正在加载…
static-noscript = 本网站需要 JavaScript。您也可以拨打政务服务便民热线 12345，或前往就近的政务服务中心。
