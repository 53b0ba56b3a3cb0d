### 在这台设备上等待发送的申请，显示在首页。只在有申请等待时加载。
### 状态：由门户团队撰写。

outbox-heading = 等待发送
outbox-waiting-body = 这些申请已保存在这台设备上，联网后会立即发送。
outbox-send-now = 立即发送
outbox-sending = 正在发送…
outbox-delete = 删除
outbox-delete-confirm = 这份申请还没有发送。删除后，部门不会收到它，您的回答也会从这台设备上删除。
outbox-delete-yes = 确定删除
outbox-delete-keep = 不删除，保留
outbox-deleted = 这份申请已从这台设备上删除，没有发送。
outbox-refused = 未被受理：有些答案需要更正。您填写的内容都还在。
outbox-correct = 更正答案
outbox-refused-busy = 您已在这台设备上重新开始填写这项服务。请先提交或删除那些答案，再更正这一份。
# Variables:
#   $reference (String) - 之前用同一密钥提交的申请的受理编号
outbox-already-sent = 未提交：这台设备已经提交过一份答案不同的申请，受理编号 { $reference }。您可以删除这些答案。
outbox-already-sent-no-reference = 未提交：这台设备已经提交过一份答案不同的申请。您可以删除这些答案。
