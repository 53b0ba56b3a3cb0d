### 页面：首页、服务、显示设置、无障碍声明、隐私说明和页面未找到。
### 状态：由门户团队撰写。

## 首页

home-title = 网上政务服务
home-intro = 用您自己的语言、在任何手机上了解和办理政务服务。
home-services-heading = 服务

## 服务

service-loading = 正在加载服务…
service-unavailable-title = 此服务暂时无法使用
service-unavailable-body = 无法加载此服务。请检查网络后重试，或拨打热线 12345。

## 显示设置

settings-title = 显示设置
settings-placeholder-body = 不久后您可以在这里选择大字、长辈版和高对比度。在此之前，您可以用浏览器的缩放功能放大文字。

## 无障碍声明

accessibility-title = 无障碍声明
accessibility-intro = 我们希望每个人都能使用本网站：用便宜的手机、用读屏软件、只用键盘、放大页面，并且用自己的语言。
accessibility-testing-heading = 我们如何测试
accessibility-testing-body = 每个页面都在真实浏览器中用每种语言检查：使用 axe 无障碍检测工具、只用键盘操作，并用维吾尔语检查从右到左的布局。我们的目标是达到 WCAG 2.2 AA 级。
accessibility-gaps-heading = 尚未完成的部分
accessibility-gaps-body = 长辈版、字号设置和朗读页面功能还没有完成。自动检查只能发现部分问题，我们也还没有请残障人士测试本网站。
accessibility-translations-heading = 翻译
accessibility-translation-source = 由门户团队撰写。
accessibility-translation-draft = 翻译初稿，仍需母语人士审校。
accessibility-report-heading = 反映问题
accessibility-report-body = 如果本网站的某个部分您无法使用，请拨打热线 12345，告诉我们是哪个页面、出了什么问题。
# Variables:
#   $date (String) - 由浏览器按当前语言写出的日期
accessibility-prepared = 本声明撰写于 { $date }。

## 隐私说明

privacy-title = 隐私说明
privacy-intro = 本说明介绍本网站保存了您的哪些信息，以及谁能看到。
privacy-device-heading = 在这台手机或电脑上保存的内容
privacy-device-body = 只保存您选择的语言，以便下次用您的语言打开本网站。这些信息不会发送给我们。
privacy-third-parties-heading = 还有谁能看到
privacy-third-parties-body = 没有人。本网站不从其他网站加载任何内容，没有广告，也不跟踪您。
privacy-delete-heading = 如何删除
privacy-delete-body = 在浏览器设置中清除本网站保存的数据。在共用的手机上，用完后请清除。

## 页面未找到

not-found-title = 找不到该页面
not-found-body = 如果网址是您输入的，请检查是否正确。如果您是点击链接来的，该链接可能已经过时。
not-found-home-link = 返回首页
