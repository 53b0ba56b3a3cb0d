### “保存到手机”：在服务说明页保存一项服务，或在显示设置页保存全部内容，供没有网络时使用。
### 状态：由门户团队撰写。

keep-service-heading = 没有网络时也能办理
keep-service-body = 要去没有信号的地方？先把这项服务保存到手机上。之后可以离线填写，联网后自动提交。
keep-service-button = 把这项服务保存到手机
keep-everything-heading = 没有网络时也能使用整个网站
keep-everything-body = 用您正在阅读的语言，把本网站的所有服务和页面保存到手机上，在没有信号的地方使用。
keep-everything-button = 把全部内容保存到手机
# Variables:
#   $size (Number) - 需要下载的大小，单位 KB
keep-size = 大约需要下载 { $size } KB。
keep-save-data = 您的手机开启了省流量模式，本网站不会下载您没有要求的内容。只有您选择时才会下载。
# Variables:
#   $size (Number) - 需要下载的大小，单位 KB
keep-confirm = 下载 { $size } KB
keep-cancel = 取消
# Variables:
#   $done (Number) - 已下载的文件数
#   $total (Number) - 需要下载的文件数
keep-progress = 正在下载：{ $done } / { $total } 个文件
keep-done = 已保存到手机，没有网络时也能使用。
keep-remove = 从手机上删除
keep-removed = 已从手机上删除。联网时仍可正常使用。
keep-failed = 下载没有完成，可能是网络中断了。其他内容没有变化：有信号时请再试一次。
keep-retry = 再试一次
keep-unavailable = 这个浏览器不能保存网站供离线使用。
