### 外壳：网站名称、页眉、语言切换、页脚、页面标题（静态外壳的文字在 static.ftl 中）。
### 每个页面共用。
### 状态：由门户团队撰写。

-site-name = 市民服务门户

header-site-name = { -site-name }
# 显示在浏览器标签上，屏幕阅读器最先读出。
# Variables:
#   $page (String) - 当前页面的标题
page-title = { $page } – { -site-name }

skip-link = 跳到主要内容

## 页眉

header-nav-label = 主菜单
nav-home = 首页
nav-display-settings = 显示设置
language-switcher-label = 语言

## 页脚

footer-help-heading = 电话或现场办理
footer-hotline = 无法使用本网站，或想找人问？请拨打政务服务便民热线 12345，或前往就近的政务服务中心。
footer-nav-label = 关于本网站
footer-accessibility = 无障碍声明
footer-privacy = 隐私说明

## Elder mode and reading aloud

elder-mode-toggle = 长辈版
read-aloud-listen = 朗读本页
read-aloud-pause = 暂停
read-aloud-resume = 继续朗读
read-aloud-stop = 停止
# Variables:
#   $language (String) - the language's name in its own script
read-aloud-no-voice = 这台设备没有{ $language }语音，无法朗读本页。

## Connection and updates

offline-status = 您现在处于离线状态。您可以继续填写表格；提交的内容会在恢复联网后发送。
update-available = 本网站有新版本。切换时您的答案会保留。
update-apply = 使用新版本

## 日期（核对答案、声明）

# Variables:
#   $year (Number) - 年
#   $month (Number) - 月，1 到 12
#   $day (Number) - 日
date-long = { $year }年{ $month }月{ $day }日
