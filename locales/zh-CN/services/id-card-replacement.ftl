### 服务：补换居民身份证。问题和选项的 id 见 services/id-card-replacement.toml。
### 状态：由门户团队撰写。

name = 补换居民身份证
summary = 身份证丢失、损坏、过期或个人信息变更时办理。
keywords = 身份证 补办 换证 丢失 挂失 到期 换领
info-what = 身份证丢失、被盗、损坏、过期，或者个人信息有变更时，用这项服务申请新的居民身份证。
info-who =
    在本市有户口、年满 16 周岁的居民。
    未满 16 周岁的儿童须由父母或监护人陪同到现场办理。
info-bring =
    网上申请：您的身份证号码、出生日期和手机号码。
    领证时：旧身份证（如果还在）和户口簿。
info-fees = 工本费 20 元，在领取或邮寄时支付。被盗并已报警的，免收工本费。
info-time =
    填写表格大约需要 5 分钟。
    新证大约 20 个工作日办好。
info-online = 随时可以在网上申请。中途可以离开再回来：您填写的内容会保存在这台设备上。
info-in-person = 到本市任何一个派出所的户籍窗口办理，周一至周六 9:00 到 17:00。
info-phone = 拨打 12345，说明要办理身份证。工作人员会和您一起填写表格。
info-contact = 政务服务便民热线 12345，每天 8:00 到 20:00。手机拨打免费。
declaration = 提交此申请即表示您确认所填信息真实。故意提供虚假信息属于违法行为。
next-steps =
    我们会在 3 个工作日内审核您的申请。
    我们会给您的手机发短信，告诉您拍照和采集指纹的时间和地点。
reason-label = 您为什么需要新的身份证？
reason-option-lost = 丢失或被盗
reason-option-damaged = 损坏
reason-option-expired = 已过期或即将过期
reason-option-changed-details = 个人信息有变更
new-details-label = 哪些信息有变更？
new-details-hint = 例如姓名或户籍地址。
date-of-birth-label = 您的出生日期是？
date-of-birth-hint = 例如 1957 年 3 月 27 日
full-name-label = 您的姓名是？
full-name-hint = 与身份证上的写法一致。
id-number-label = 您的身份证号码是？
id-number-hint = 证件上的 18 位号码，最后一位可能是 X。
page-contact-title = 我们怎样联系您？
mobile-label = 手机号码
mobile-hint = 我们会用短信告诉您申请的进展。
mobile-error-required = 请输入您的手机号码
email-label = 电子邮箱
email-hint = 如果您想通过邮件收到确认信息，请填写。
collection-label = 您想怎样领取新身份证？
collection-option-collect = 到派出所领取
collection-option-collect-hint = 如果旧证还在，请带上。
collection-option-post = 邮寄给我
collection-option-post-hint = 以挂号信寄到中国大陆的地址。
page-address-title = 把身份证寄到哪里？
address-label = 地址
address-error-required = 请输入寄送身份证的地址
postcode-label = 邮政编码
postcode-error-required = 请输入该地址的邮政编码
exit-under-16-title = 您需要到现场办理
exit-under-16-body = 未满 16 周岁的儿童不能在网上申请。请由父母或监护人陪同到当地派出所办理，并带上孩子的户口簿和父母或监护人的身份证。
