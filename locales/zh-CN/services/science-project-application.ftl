### 服务：科技项目申报。问题和选项的 id 见 services/science-project-application.toml。
### 状态：由门户团队撰写。

name = 科技项目申报
summary = 企业、高校和科研院所为研究项目申请资金。
keywords = 科技 项目 申报 科研 资助 经费 创新 研发
info-what = 为研究或开发项目申请本市科技计划的资金。这张表比较长：您可以随时停下，以后再回来继续填写。
info-who =
    在本市注册的企业、高校、科研院所和其他组织。
    项目必须还没有开始，时长在 6 到 36 个月之间。
info-bring =
    单位的统一社会信用代码（18 位）。
    项目的简要介绍、预算和项目负责人的信息。
    提交后，我们会请您提供完整的项目计划书和预算材料。
info-fees = 申报免费。
info-time =
    填写表格大约需要 30 分钟。您填写的内容保存在这台设备上，可以分几次填完。
    专家会在截止日期后 60 天内完成评审。
info-online = 截止日期之前，随时可以在网上申报。
info-in-person = 到科技局办理，周一至周五 9:00 到 17:00，工作人员会帮您填写。
info-phone = 拨打政务服务便民热线 12345，说明要找科技局。
info-contact = 科技局，通过政务服务便民热线 12345 联系，每天 8:00 到 20:00。
declaration = 提交即表示您代表单位确认所填信息真实，并且除已说明的以外，该项目的同一工作没有获得其他财政资金支持。
next-steps =
    我们会在 10 个工作日内检查申报材料是否齐全，并发邮件告诉您。
    之后我们会请您提交完整的项目计划书和预算材料。

applicant-type-label = 申报单位是什么类型？
applicant-type-option-company = 企业
applicant-type-option-university = 高等院校
applicant-type-option-institute = 科研院所
applicant-type-option-other = 其他组织
page-organisation-title = 关于申报单位
organisation-name-label = 单位名称
credit-code-label = 统一社会信用代码
credit-code-hint = 18 位，在营业执照上。
project-title-label = 项目名称是什么？
field-label = 项目属于哪个领域？
field-option-information = 信息技术
field-option-manufacturing = 先进制造
field-option-materials = 新材料
field-option-health = 生物医药与健康
field-option-agriculture = 农业
field-option-energy = 能源与环境
field-option-other = 其他
summary-label = 请介绍这个项目
summary-hint = 要解决什么问题、怎样解决、有什么创新。
outcomes-label = 项目会有哪些成果？
outcomes-hint = 例如产品、专利、论文或就业岗位。
page-timing-title = 项目什么时候进行？
start-date-label = 开始日期
start-date-hint = 例如 2027 年 3 月 1 日
duration-label = 项目持续几个月？
duration-hint = 6 到 36 个月。
page-budget-title = 预算
total-budget-label = 总预算（万元）
total-budget-hint = 例如 120.5 表示 120.5 万元。
requested-label = 申请资助金额（万元）
requested-hint = 最多 1000 万元。
page-team-title = 项目负责人和团队
lead-name-label = 项目负责人姓名
lead-title-label = 项目负责人职称
lead-title-hint = 例如高级工程师或教授。
team-size-label = 项目团队有多少人？
earlier-funding-label = 这个项目以前获得过财政资金支持吗？
earlier-details-label = 请说明以前获得的资金支持
earlier-details-hint = 由谁资助、什么时候、多少钱。
page-contact-title = 关于这次申报，我们联系谁？
contact-name-label = 姓名
mobile-label = 手机号码
email-label = 电子邮箱
email-hint = 申报的进展会发到这个邮箱。
