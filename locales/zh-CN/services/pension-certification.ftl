### 服务：养老金资格认证。问题和选项的 id 见 services/pension-certification.toml。
### 状态：由门户团队撰写。

name = 养老金资格认证
summary = 每年确认一次您仍然健在、符合条件，养老金才能继续发放。
keywords = 养老金 养老保险 资格认证 认证 退休 老人 生存认证 年审
info-what = 领取养老金的人每年都要确认一次本人健在、仍然符合领取条件，这叫养老金资格认证。不认证的话，养老金可能会暂停发放。
info-who =
    在本市领取基本养老金的人。
    家人或照护人员可以替您填写。
info-bring = 身份证号码、出生日期和一个手机号码。不用上传任何材料。
info-fees = 免费。
info-time =
    填写表格大约需要 5 分钟。
    每 12 个月做一次。认证完成后我们会发短信告诉您。
info-online = 随时可以在网上认证。打开长辈版，字会变大，还可以朗读页面。
info-in-person = 到您所在的社区居委会、村委会或任何一个社保经办机构办理，周一至周五 9:00 到 17:00。请带上身份证。
info-phone = 拨打社保服务热线 12333。如果您出不了门，工作人员可以上门服务。
info-contact = 社保服务热线 12333，周一至周五 9:00 到 17:00。政务服务便民热线 12345，每天 8:00 到 20:00。
declaration = 提交即表示您确认所填写的人健在，并且所填信息真实。为领取养老金提供虚假信息属于违法行为。
next-steps =
    我们会在 5 个工作日内核对信息。
    认证完成后，我们会给您填写的手机号码发短信。
    养老金会继续发放。今年不需要再做其他事情。

who-label = 谁在填写这张表？
who-option-self = 我本人领取养老金，自己填写
who-option-helper = 我在帮领取养老金的人填写
page-helper-title = 关于您（帮忙填写的人）
helper-name-label = 您的姓名
helper-relationship-label = 您和领取养老金的人是什么关系？
helper-relationship-option-child = 子女
helper-relationship-option-spouse = 配偶
helper-relationship-option-relative = 其他亲属
helper-relationship-option-carer = 照护人员
helper-relationship-option-other = 其他
full-name-label = 领取养老金的人叫什么名字？
full-name-hint = 与身份证上的写法一致。
date-of-birth-label = 他或她的出生日期是？
date-of-birth-hint = 例如 1952 年 3 月 27 日
id-number-label = 他或她的身份证号码是？
id-number-hint = 身份证上的 18 位号码，最后一位可能是 X。
scheme-label = 领取的是哪种养老金？
scheme-option-employee = 职工养老金（参加工作时缴纳的）
scheme-option-resident = 城乡居民养老金
scheme-option-public-sector = 机关事业单位养老金
scheme-option-not-sure = 不清楚
living-label = 他或她现在住在哪里？
living-option-home = 住在自己家里
living-option-family = 和家人住在一起
living-option-care-home = 住在养老院
living-option-abroad = 住在中国大陆以外
country-label = 住在哪个国家或地区？
mobile-label = 我们可以给哪个手机号码发短信？
mobile-hint = 例如 138 0013 8000。可以是本人的，也可以是家人的。
exit-too-young-title = 您不需要办理这项服务
exit-too-young-body = 最早 50 岁才开始领取养老金，所以这个人不需要认证。如果他或她确实在领取养老金，请拨打社保服务热线 12333。
