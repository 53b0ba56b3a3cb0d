### 服务：企业开办与招商咨询。问题和选项的 id 见 services/business-enquiry.toml。
### 状态：由门户团队撰写。

name = 企业开办与招商咨询
summary = 向顾问咨询注册公司、来本市投资或寻找场地。
keywords = 招商 投资 开办企业 注册公司 营业执照 咨询 厂房 场地 创业
info-what = 咨询开办企业、注册公司、来本市投资或寻找场地的问题。招商服务中心的顾问会答复您。
info-who = 任何人：准备创业的个人、企业，以及国内外投资者。
info-bring = 您的问题、业务类型和一个手机号码。不用上传任何材料。
info-fees = 咨询免费。注册公司也免费。
info-time =
    填写表格大约需要 5 分钟。
    顾问会在 2 个工作日内给您打电话或回信。
info-online = 随时可以在网上咨询。
info-in-person = 到政务服务中心的企业服务窗口，周一至周五 9:00 到 17:00。
info-phone = 拨打政务服务便民热线 12345，说明要找招商服务中心。
info-contact = 招商服务中心，通过政务服务便民热线 12345 联系，每天 8:00 到 20:00。
declaration = 提交即表示您同意顾问就您的问题与您联系。
next-steps =
    顾问会在 2 个工作日内，在您选择的时间与您联系。
    请保存好受理编号，以便查询。

enquiry-type-label = 您想咨询什么？
enquiry-type-option-register = 注册新公司
enquiry-type-option-invest = 来本市投资
enquiry-type-option-premises = 寻找土地、办公室或厂房
enquiry-type-option-other = 其他问题
sector-label = 是什么行业？
sector-option-manufacturing = 制造业
sector-option-technology = 科技和软件
sector-option-agriculture = 农业和食品
sector-option-trade = 商贸
sector-option-tourism = 旅游、酒店和餐饮
sector-option-services = 其他服务业
sector-option-other = 其他
page-business-title = 关于企业
business-name-label = 企业名称
business-name-hint = 还没有名称的，可以不填。
investment-label = 计划投资多少元？
investment-hint = 大概的数字就可以，例如 500000
question-label = 您的问题是什么？
question-hint = 说得越详细，顾问越能帮到您。
full-name-label = 您的姓名是？
page-contact-title = 顾问怎样联系您？
mobile-label = 手机号码
mobile-hint = 例如 138 0013 8000
email-label = 电子邮箱
email-hint = 如果您也想收到书面答复，请填写。
call-time-label = 什么时间给您打电话最方便？
call-time-option-morning = 上午
call-time-option-afternoon = 下午
call-time-option-any = 什么时间都可以
