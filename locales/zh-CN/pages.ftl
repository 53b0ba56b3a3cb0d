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
settings-intro = 更改本网站在这台设备上的显示方式。更改会立即生效。
settings-text-size-legend = 字号
settings-text-size-standard = 标准
settings-text-size-large = 大
settings-text-size-larger = 较大
settings-text-size-largest = 最大
settings-options-legend = 其他让网站更易用的方式
settings-elder-label = 长辈版
settings-elder-hint = 更大的文字和按钮，更宽松的间距，所有内容排成一列。也可以用每个页面顶部的按钮开启。
settings-contrast-label = 高对比度
settings-contrast-hint = 白底黑字，链接和按钮颜色更深。不选择时，本网站跟随设备的对比度设置。
settings-spacing-label = 加大行、词和字母之间的间距
settings-spacing-hint = 让长段文字更容易阅读。
settings-motion-label = 减少动态效果
settings-motion-hint = 页面上的内容不会移动或滑动。不选择时，本网站跟随设备的设置。
settings-reset = 恢复标准显示
settings-saved = 您的显示设置已保存在这台设备上。
settings-stored-notice = 这些设置只保存在这台手机或电脑上，不会发送给我们。

## 无障碍声明

accessibility-title = 无障碍声明
accessibility-intro = 我们希望每个人都能使用本网站：用便宜的手机、用读屏软件、只用键盘、放大页面，并且用自己的语言。
accessibility-testing-heading = 我们如何测试
accessibility-testing-body = 每个页面都在真实浏览器中按每种语言和标准、长辈版、高对比度三种显示方式检查：使用 axe 检测工具，在 320 像素宽度下、加大文字间距时检查，检查所有可点击内容的大小和读屏软件读出的名称，并只用键盘操作，包括用长辈版申请补换身份证。我们的目标是达到 WCAG 2.2 AA 级。
accessibility-gaps-heading = 尚未完成的部分
accessibility-gaps-body = 自动检查只能发现部分问题，我们还没有请残障人士测试本网站，也还没有在手机上用读屏软件测试。朗读功能需要您的设备有相应语言的语音；很少有设备带维吾尔语或藏语语音。
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
privacy-device-body = 您的语言和显示设置，以便下次按您离开时的样子打开本网站；以及您在服务中填写、尚未提交的答案，最长保存 7 天。在您提交申请之前，这些都不会发送给我们。
privacy-third-parties-heading = 还有谁能看到
privacy-third-parties-body = 没有人。本网站不从其他网站加载任何内容，没有广告，也不跟踪您。
privacy-delete-heading = 如何删除
privacy-delete-body = 在浏览器设置中清除本网站保存的数据。在共用的手机上，用完后请清除。

## 页面未找到

not-found-title = 找不到该页面
not-found-body = 如果网址是您输入的，请检查是否正确。如果您是点击链接来的，该链接可能已经过时。
not-found-home-link = 返回首页
