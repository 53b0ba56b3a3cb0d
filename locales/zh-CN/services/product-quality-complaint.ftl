### 服务：产品质量投诉。问题和选项的 id 见 services/product-quality-complaint.toml。
### 状态：由门户团队撰写。

name = 产品质量投诉
summary = 购买的商品不安全、不能用，或与商家描述不符时使用。
start-body =
    使用此服务向市场监管部门反映不安全、有缺陷或与描述不符的产品。
    请先尝试与商家协商解决。如果协商不成，我们可以帮助您。
    您需要说明是什么产品、在哪里和什么时候购买，以及出了什么问题。
    大约需要 10 分钟，免费。
declaration = 提交此投诉即表示您确认，就您所知，您告诉我们的情况属实。
next-steps =
    我们会在 7 个工作日内处理您的投诉，并按您选择的方式联系您。
    如果产品有危险，请立即停止使用。
product-label = 您投诉的是什么产品？
product-hint = 如果知道，请写明品牌和型号，例如：美的电热水壶 MK-15。
page-purchase-title = 您在哪里、什么时候购买的？
where-bought-label = 商店或网站
where-bought-hint = 例如商店名称和所在街道，或网站名称。
where-bought-error-required = 请输入您购买产品的商店或网站
purchase-date-label = 购买日期
purchase-date-hint = 例如 2026 年 3 月 27 日
purchase-date-error-required = 请输入您购买产品的日期
amount-paid-label = 支付金额（元）
amount-paid-hint = 例如 129.50
what-happened-label = 出了什么问题？
what-happened-hint = 请说明发生了什么、从什么时候开始，以及是否有人受伤。
evidence-label = 您能提供哪些证据？
evidence-hint = 请选择所有适用的选项。
evidence-option-receipt = 收据或发票
evidence-option-photos = 问题的照片或视频
evidence-option-product = 产品本身
evidence-option-none = 以上都没有
evidence-description-label = 请介绍您的证据
evidence-description-hint = 例如您有几张照片。我们会告诉您怎样提交。
contact-method-label = 关于这个投诉，我们应该怎样联系您？
contact-method-option-phone = 电话
contact-method-option-email = 电子邮件
phone-label = 您的手机号码是？
phone-hint = 例如 138 0013 8000
email-label = 您的电子邮箱是？
full-name-label = 您的姓名是？
