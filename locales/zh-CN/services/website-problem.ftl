### 服务：告诉我们网站的问题。问题和选项的 id 见 services/website-problem.toml。
### 状态：由门户团队撰写。

name = 告诉我们网站的问题
summary = 本网站有哪里用不了或不好用，请告诉我们，我们会改正。
keywords = 问题 反馈 报告 无障碍 错误 故障 网站 帮助 读屏 放大 键盘 意见
info-what =
    如果本网站的某个地方您用不了，请在这里告诉我们。我们会根据您说的情况改进网站，让每个人都能用。
    您不需要留下姓名。只有您希望得到答复时，我们才会请您留下电子邮箱。
info-who = 使用本网站的任何人，或者帮助别人使用本网站的人。
info-bring = 什么都不需要。如果能说明当时在哪个页面、想做什么，会对我们很有帮助。
info-fees = 免费。
info-time = 大约需要 5 分钟。如果您希望得到答复，我们会在 10 个工作日内答复。
info-online = 随时可以在网上告诉我们。
info-in-person = 告诉政务服务中心的工作人员，他们会帮您记录下来。
info-phone = 拨打政务服务便民热线 12345，说明要反映网站的问题。
info-contact = 门户网站团队，通过政务服务便民热线 12345 联系，每天 8:00 到 20:00。
declaration = 您提交的内容只用于查找和解决问题，不会提供给任何人。
next-steps = 感谢您告诉我们。如果您希望得到答复，我们会在 10 个工作日内通过电子邮件答复您。

where-label = 您当时在用哪个页面或哪项服务？
where-hint = 例如：补领身份证，填写出生日期的那一页。如果不确定，可以不填。
what-went-wrong-label = 出了什么问题？
what-went-wrong-hint = 请说明您想做什么、发生了什么。不要写身份证号码或其他个人信息。
assistive-technology-label = 您当时有没有使用下面这些？
assistive-technology-hint = 这能帮助我们找到问题。可以不回答。可以多选。
assistive-technology-option-screen-reader = 读屏软件
assistive-technology-option-magnifier = 页面放大或放大镜软件
assistive-technology-option-keyboard = 只用键盘，不用鼠标
assistive-technology-option-voice-control = 语音控制
assistive-technology-option-elder-mode = 本网站的长辈版
assistive-technology-option-none = 以上都没有
reply-label = 您希望得到答复吗？
reply-hint = 如果希望，我们会请您留下电子邮箱。
email-label = 电子邮箱
email-hint = 只用于答复您。
