### 无障碍声明和隐私说明。打开这些页面时加载。
### 状态：由门户团队撰写。

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
accessibility-report-body = 如果本网站的某个部分您无法使用，请在网上告诉我们，或拨打热线 12345，告诉我们是哪个页面、出了什么问题。
accessibility-report-link = 告诉我们网站的问题
# Variables:
#   $date (String) - 由浏览器按当前语言写出的日期
accessibility-prepared = 本声明撰写于 { $date }。
privacy-title = 隐私说明
privacy-intro = 本说明介绍本网站保存了您的哪些信息，以及谁能看到。
privacy-device-heading = 在这台手机或电脑上保存的内容
privacy-device-body = 您的语言和显示设置，以便下次按您离开时的样子打开本网站；以及您在服务中填写、尚未提交的答案，最长保存 7 天。在您提交申请之前，这些都不会发送给我们。
privacy-outbox-body = 没有网络时提交的申请会保存在这台设备上，送达我们之后即被删除。送达之前，您可以在首页删除它；删除后就不会再发送。
privacy-sent-body = 从这台设备提交的每份申请的受理编号和查询码，以及上次看到的状态和等待发送的评价，方便您在首页查询进度（最近 20 份）。在您删除之前，使用这台设备的人都能看到它们。
privacy-third-parties-heading = 还有谁能看到
privacy-third-parties-body = 没有人。本网站不从其他网站加载任何内容，没有广告，也不跟踪您。
privacy-delete-heading = 删除这台设备上保存的内容
privacy-delete-body = 这会删除本网站在这台手机或电脑上保存的内容：尚未提交的答案、等待发送的申请、您的语言和显示设置，以及您打开过的服务的副本。网站本身会保留，没有网络时仍能打开。在共用的手机上，用完后请删除。
privacy-delete-button = 删除这台设备上的全部内容
# Variables:
#   $count (Number) - how many applications wait on this device
privacy-delete-unsent = 这台设备上还有尚未发送的申请：{ $count } 份。如果全部删除，这些申请将不会发送。
privacy-delete-confirm = 确定要删除本网站在这台设备上保存的全部内容吗？删除后无法恢复。
privacy-delete-keep = 不删除，保留
privacy-delete-yes = 确定全部删除
privacy-deleted = 本网站在这台设备上保存的内容已全部删除。
privacy-delete-browser = 您的浏览器可能仍保留您打开过的网页的副本。如需一并删除，请在浏览器设置中清除本网站的数据。
