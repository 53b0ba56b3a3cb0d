### 部门工作台（仅限工作人员）。Status: written by the portal team.

console-name = 市民服务门户 · 部门工作台
console-loading = 工作台正在加载…
header-signed-in-as = { $name } · { $department } · { $role }
header-sign-out = 退出登录
header-nav-label = 本部门的服务

department-public-security = 公安局
department-human-resources-social-security = 人力资源和社会保障局
department-market-regulation = 市场监督管理局
department-commerce = 商务局
department-development-reform = 发展和改革委员会
department-science-technology = 科学技术局
department-government-services = 政务服务管理局

role-caseworker = 经办人
role-manager = 负责人
role-administrator = 管理员

sign-in-title = 登录
sign-in-intro = 请使用您在这台手机或电脑上、或在安全密钥上设置的通行密钥登录。
sign-in-button = 使用通行密钥登录
sign-in-no-passkey = 还没有通行密钥，或者丢失了？请向本部门的管理员索取新的设置链接。

setup-title = 设置通行密钥
setup-intro = 有了通行密钥，您可以用这台设备的屏幕锁、指纹或面容，或者用安全密钥登录，不用记密码。此链接只能使用一次。
setup-button = 创建通行密钥

inbox-no-services = 本部门在门户上还没有服务。
inbox-export = 下载全部申请（CSV）
inbox-filter-label = 显示状态为
inbox-filter-all = 任何状态
inbox-empty = 没有申请。
inbox-caption = 申请，最新的在前
inbox-reference = 编号
inbox-received = 收到时间
inbox-status = 状态
inbox-more = 显示更多申请

status-received = 已收到
status-in-progress = 办理中
status-more-information-needed = 需要补充材料
status-approved = 已批准
status-refused = 不予批准
status-completed = 已办结

application-title = 申请 { $reference }
application-service = 服务
application-received = 收到时间
application-language = 申请人使用的语言
application-status = 状态
application-answers = 填写内容
application-history = 办理记录
application-no-history = 还没有人更改过状态。
history-line = { $when }：{ $from } → { $to }，经办人 { $name }

application-rating = 申请人的评价
rating-given = 评价
rating-problems = 问题所在
rating-comment = 意见
rating-level-1 = 非常不满意
rating-level-2 = 不满意
rating-level-3 = 基本满意
rating-level-4 = 满意
rating-level-5 = 非常满意
rating-problem-slow = 办理时间太长
rating-problem-unclear = 办事指南不清楚
rating-problem-documents = 要求的材料或跑动次数太多
rating-problem-staff = 工作人员的态度
rating-problem-outcome = 办理结果
rating-problem-other = 其他

language-zh-CN = 简体中文
language-en = 英语
language-ug = 维吾尔语
language-bo = 藏语

status-form-title = 更改状态
status-form-legend = 新状态
status-form-message = 给申请人的留言（选填）
status-form-message-hint = 申请人会随状态一起看到这条留言。请用申请人能读懂的语言书写。
status-form-submit = 更改状态
status-form-choose = 请选择新状态。
status-form-done = 状态已更改为：{ $status }。

audit-title = 审计日志
audit-caption = 工作人员的操作，最新的在前
audit-when = 时间
audit-who = 人员
audit-what = 操作
audit-subject = 申请或人员
audit-detail = 详情
audit-action-sign-in = 登录
audit-action-sign-out = 退出登录
audit-action-enrol-passkey = 设置通行密钥
audit-action-view-application = 查看申请
audit-action-change-status = 更改状态
audit-action-export = 下载申请
audit-action-add-staff = 添加工作人员
audit-action-revoke-staff = 撤销工作人员

staff-title = 工作人员
staff-caption = 可以查看本部门申请的人员
staff-name = 姓名
staff-role = 角色
staff-state = 权限
staff-action = 操作
staff-active = 有效
staff-revoked = 已于 { $date } 撤销
staff-revoke = 撤销 { $name }
staff-revoked-done = { $name } 已无权访问，其会话已结束。
staff-add-title = 添加工作人员
staff-add-name = 姓名
staff-add-role = 角色
staff-add-submit = 添加并获取设置链接
staff-added = 已添加 { $name }。
staff-link-label = 请当面或通过可信渠道把这个设置链接交给对方。链接只能使用一次，24小时内有效：

error-network = 工作台无法连接服务器。请检查网络后重试。
error-unavailable = 服务器暂时无法完成此操作。请一分钟后重试。
error-passkey-cancelled = 没有使用通行密钥。请重试，并按设备的提示操作。
error-passkey-refused = 无法设置此通行密钥。请重试，或换一台设备。
error-rate-limited = 此网络尝试次数过多。请等一分钟后重试。
error-sign-in-refused = 此通行密钥不能打开工作台。它可能属于其他网站，或者您的权限已被撤销。
error-ceremony-expired = 用时太长。请重试。
error-setup-link-invalid = 此设置链接无效：已使用过、已过期（24小时后）或复制有误。请向管理员索取新的链接。
error-not-signed-in = 您已退出登录。请重新登录。
error-csrf-token = 您的会话在另一个标签页中已变化。请重新加载页面。
error-cross-origin = 此请求来自其他网站，已被拒绝。
error-role = 您的角色不允许此操作。
error-not-your-department = 此服务属于其他部门。
error-not-found = 本部门没有这个申请。
error-unknown-service = 没有这项服务。
error-status-changed = 其他人刚刚更改了这个申请的状态。请先重新查看再更改。
error-transition-not-allowed = 申请不能从当前状态改为该状态。
error-message-too-long = 留言太长：最多2000个字符。
error-message-hidden-characters = 留言中有隐藏的控制字符。请重新输入，不要粘贴。
error-malformed = 无法理解此请求。
error-unsupported-media-type = 无法理解此请求。
error-too-large = 请求太大。
error-timeout = 连接太慢。请重试。
error-unknown-status = 没有这个状态。
error-already-revoked = 此工作人员已被撤销。
error-invalid-name = 姓名须为1至100个字符，且不含控制字符。
error-unknown-role = 没有这个角色。
error-unknown-endpoint = 无法理解此请求。
