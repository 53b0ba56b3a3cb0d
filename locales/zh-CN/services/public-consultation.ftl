### 服务：政策草案意见征集。问题和选项的 id 见 services/public-consultation.toml。
### 状态：由门户团队撰写。

name = 社区养老服务规定意见征集
summary = 对居家和社区养老服务规定草案提出您的意见。
keywords = 意见征集 征求意见 草案 政策 建议 养老 社区 留言
info-what =
    本市起草了关于居家老人养老服务的规定草案，内容包括助餐、探访、日间照料中心和紧急救助。规定定稿之前，我们想听听您的意见。
    您可以不留姓名，也不提供任何个人信息。
info-who = 在本市居住或工作的任何人，以及各类组织。
info-bring = 什么都不需要。如果愿意，您可以留下姓名和电子邮箱。
info-fees = 免费。
info-time =
    大约需要 10 分钟；想说的多，可以多写一些。
    征集截止到 2026 年 12 月 31 日。
info-online = 截止日期之前，随时可以在网上提意见。
info-in-person = 到您所在的社区居委会或政务服务中心，在意见表上写下您的意见。
info-phone = 拨打政务服务便民热线 12345，说明要对养老服务规定草案提意见。工作人员会记录您说的话。
info-contact = 民政局，通过政务服务便民热线 12345 联系，每天 8:00 到 20:00。
declaration = 我们会阅读每一条意见。我们可能在报告中引用您写的内容；除非您同意，不会写出您的姓名。
next-steps =
    感谢您的意见。征集结束后大约 3 个月，我们会公布所有意见的汇总，以及规定做了哪些修改。

overall-label = 总的来说，您对规定草案怎么看？
overall-option-support = 支持
overall-option-support-with-changes = 支持，但需要修改
overall-option-oppose = 不支持
overall-option-no-view = 没有总体看法
views-label = 您有什么意见？
views-hint = 请说明是规定的哪一部分、您想怎样修改、为什么。
anonymous-label = 您愿意留下姓名吗？
anonymous-option-anonymous = 不愿意，我想匿名
anonymous-option-anonymous-hint = 我们不会询问任何个人信息。
anonymous-option-named = 愿意，我会留下姓名
page-about-you-title = 关于您
full-name-label = 姓名
email-label = 电子邮箱
email-hint = 如果您想在汇总公布时收到通知，请填写。
publish-name-label = 我们可以在公布您的意见时写出您的姓名吗？
