### 每次访问都可能立即需要的页面：首页、服务加载、页面未找到。设置和声明有各自的文件，随页面加载。
### 状态：由门户团队撰写。

## 首页

home-title = 网上政务服务
home-intro = 用您自己的语言、在任何手机上了解和办理政务服务。
home-services-heading = 服务

## 服务

service-loading = 正在加载服务…
service-unavailable-title = 此服务暂时无法使用
service-unavailable-body = 无法加载此服务。请检查网络后重试，或拨打热线 12345。

## 页面未找到

not-found-title = 找不到该页面
not-found-body = 如果网址是您输入的，请检查是否正确。如果您是点击链接来的，该链接可能已经过时。
not-found-home-link = 返回首页

## 首页的主题（id 见 services/catalogue.toml）

topic-identity-residence = 身份与户籍
topic-pensions-elderly-care = 养老与助老
topic-business-investment = 企业与投资
topic-consumer-rights = 消费维权与产品质量
topic-science-technology = 科学技术
topic-have-your-say = 建言献策
home-search-label = 搜索服务
home-search-button = 搜索
home-track-link = 查询已提交申请的办理进度
