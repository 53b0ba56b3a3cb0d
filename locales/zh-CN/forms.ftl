### 表单：所有服务页面共用的部分：按钮、链接、错误提示、核对答案页、确认页，以及保存在本机的草稿。
### 打开服务时加载。
### 状态：由门户团队撰写。

forms-start-now = 开始办理
forms-continue = 继续
forms-back = 返回
forms-optional = （选填）

## 错误提示

forms-error-summary-title = 有问题需要处理
# 屏幕阅读器在每条错误前读出；屏幕上不显示。
forms-error-prefix = 错误：
# 显示错误时的页面标题。
# Variables:
#   $title (String) - 平时的页面标题
forms-error-title = 错误：{ $title }
forms-error-required = 请填写答案
forms-error-required-choice = 请选择一个答案
forms-error-required-checkboxes = 请至少选择一项
forms-error-required-date = 请输入日期，例如 1957 年 3 月 27 日
forms-error-wrong-shape = 无法读取这个答案，请重新填写
# Variables:
#   $max (Number) - 允许的最多字数
forms-error-too-long = 请输入不超过 { $max } 个字
forms-error-too-long-to-send = 这个答案太长，无法提交。请缩短，或删除大量重复的空格或符号
forms-error-hidden-characters = 这个答案中有看不见的格式字符，通常是从别处复制粘贴带来的。请重新输入，不要粘贴
forms-error-not-a-number = 请输入数字，例如 12
forms-error-not-a-whole-number = 请输入整数，例如 12
# Variables:
#   $places (Number) - 小数点后允许的最多位数
forms-error-too-many-decimal-places = 小数点后最多 { $places } 位
# Variables:
#   $min (Number) - 允许的最小数
forms-error-below-minimum = 请输入不小于 { $min } 的数
# Variables:
#   $max (Number) - 允许的最大数
forms-error-above-maximum = 请输入不大于 { $max } 的数
forms-error-date-incomplete = 请填写年、月、日
forms-error-date-not-real = 请输入真实的日期，例如 1957 年 3 月 27 日
forms-error-date-in-future = 日期不能晚于今天
forms-error-date-in-past = 日期不能早于今天
# Variables:
#   $min (Number) - 允许的最小年龄
forms-error-too-young = 年满 { $min } 周岁才能使用此服务
# Variables:
#   $max (Number) - 允许的最大年龄
forms-error-too-old = 请输入 { $max } 年以内的出生日期
forms-error-not-an-option = 请从选项中选择
forms-error-exclusive-with-others = “以上都没有”只能单独选择，或取消勾选
forms-error-email-invalid = 请按正确格式输入电子邮箱，例如 name@example.com
forms-error-mobile-number-invalid = 请输入 11 位手机号码，例如 138 0013 8000
forms-error-resident-id-length = 请输入完整的 18 位身份证号码
forms-error-resident-id-characters = 身份证号码只能是数字，最后一位可能是 X
forms-error-resident-id-check-digit = 请检查身份证号码：其中有一位不对
forms-error-resident-id-birth-date = 请检查身份证号码：第 7 到 14 位必须是真实的出生日期
forms-error-resident-id-does-not-match-date-of-birth = 身份证号码中的出生日期与您填写的出生日期不一致，请检查两者
forms-error-postcode-invalid = 请输入 6 位邮政编码，例如 100010
forms-error-name-invalid = 姓名中不能有数字或符号

## 输入项

forms-date-day = 日
forms-date-month = 月
forms-date-year = 年
forms-yes = 是
forms-no = 否
forms-select-choose = 请选择
# 位于其他选项与“以上都没有”之间。
forms-checkboxes-or = 或
# Variables:
#   $remaining (Number) - 还可以输入的字数
forms-character-count-remaining = 还可以输入 { $remaining } 个字
# Variables:
#   $over (Number) - 超出的字数
forms-character-count-over = 超出 { $over } 个字

## 核对答案和提交

forms-check-answers-title = 提交前请核对您的答案
forms-check-answers-change = 修改
forms-check-answers-not-answered = 未填写
forms-declaration-heading = 现在提交申请
forms-send = 同意并提交
forms-sending = 正在提交…
forms-storage-full = 由于这台设备的存储空间已满或被禁用，无法保存您的申请。您的答案仍在本页上：请重试，或先清理手机空间。
forms-send-rejected = 有些答案需要检查后才能提交申请。
# Variables:
#   $reference (String) - 之前用同一密钥提交的申请的受理编号
forms-send-already-sent = 这份申请已经从这台设备用其他答案提交过，所以这些答案没有提交。它的受理编号是 { $reference }。如需修改，请拨打 12345 热线。
forms-send-already-sent-no-reference = 这份申请已经从这台设备用其他答案提交过，所以这些答案没有提交。如需修改，请拨打 12345 热线。
# Variables:
#   $status (Number) - 服务器的状态码，供热线核查
forms-send-refused = 服务无法受理这份申请（代码 { $status }）。您的答案仍保留在本页上。请稍后重试，或拨打 12345 热线。

## 确认页

forms-confirmation-title = 申请已提交
forms-confirmation-reference = 您的受理编号
forms-confirmation-next-heading = 接下来会怎样
forms-confirmation-secret = 您的查询码
forms-confirmation-track-heading = 查询办理进度
forms-confirmation-track-body = 凭受理编号和查询码，您可以查看办理进度、阅读部门给您的留言，并在办结后评价这项服务。两者都已保存在这台手机上；如果您可能使用其他设备，请把它们记下来。
forms-confirmation-track-link = 查询办理进度
forms-confirmation-rate-heading = 评价这项服务
forms-confirmation-rate-body = 告诉部门提交意见是否方便。只需一分钟。
forms-confirmation-rate-link = 评价这项服务
forms-confirmation-waiting-title = 您的申请正在等待发送
forms-confirmation-waiting-body = 申请已保存在这台设备上，联网后会立即发送，即使您关闭本页也一样。发送后您的受理编号会显示在这里。
forms-send-now = 立即发送
forms-print = 打印或保存此页

## 退出页

forms-exit-change-answer = 修改您的答案

## 本机草稿

forms-draft-notice = 在您提交之前，答案会保存在这台设备上，最长 7 天。使用这台设备的人都能看到。
forms-draft-delete = 从这台设备上删除我的答案
forms-draft-deleted = 您的答案已从这台设备上删除。
forms-draft-changed = 您开始填写之后，这项服务有了变化。我们保留了仍然适用的答案。提交前请逐一检查。

## 服务说明页：每项服务的栏目相同

forms-info-what = 这是什么服务
forms-info-who = 谁可以申请
forms-info-bring = 需要准备什么
forms-info-fees = 费用
forms-info-time = 办理时间
forms-info-apply = 怎样申请
forms-info-online = 网上办理
forms-info-in-person = 到现场办理
forms-info-phone = 电话办理
forms-unavailable-body = 网上填表需要较新的浏览器，并开启 JavaScript 和 WebAssembly。您也可以到现场或通过电话办理。
forms-unavailable-back = 返回服务说明页
forms-info-contact = 联系方式
forms-elder-suggestion = 使用这项服务的人大多会打开长辈版：字更大、按钮更大，还可以朗读。
forms-elder-suggestion-button = 打开长辈版
forms-feedback-question = 这个页面对您有帮助吗？
forms-feedback-yes = 有帮助
forms-feedback-no = 没有帮助
forms-feedback-thanks = 谢谢您。我们只统计回答的数量，不保存任何关于您的信息。
forms-feedback-not-sent = 您的回答没有发送成功。请检查网络后再试。
forms-feedback-report = 告诉我们这个页面的问题
