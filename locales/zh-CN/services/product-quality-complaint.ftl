### 服务：产品质量投诉。问题和选项的 id 见 services/product-quality-complaint.toml。
### 状态：由门户团队撰写。

name = 产品质量投诉
summary = 购买的商品不安全、不能用，或与商家描述不符时使用。
keywords = 投诉 质量 假货 维权 退货 消费者 12315
info-what = 买到的商品不安全、有质量问题，或者和商家说的不一样，可以用这项服务向市场监管部门投诉。请先和商家协商，协商不成，我们来帮您。
info-who = 在本市购买商品的人，或者在网上向本市商家购买商品的人。
info-bring =
    是什么商品，在哪里、什么时候买的，出了什么问题。
    如果有的话：发票或收据、问题的照片、商品本身。现在不用发送，我们会告诉您怎样提交。
info-fees = 免费。
info-time =
    填写表格大约需要 10 分钟。
    我们会在 7 个工作日内处理每一件投诉。
info-online = 随时可以在网上投诉。中途可以离开再回来：您填写的内容会保存在这台设备上。
info-in-person = 到您所在区的市场监管所办理，周一至周五 9:00 到 17:00。如果可以，请带上商品和发票。
info-phone = 拨打消费者投诉电话 12315，或政务服务便民热线 12345。
info-contact = 消费者投诉电话 12315，每天 8:30 到 17:30。政务服务便民热线 12345，每天 8:00 到 20:00。
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
