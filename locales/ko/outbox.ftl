### Applications waiting on this device to be sent, listed on the home page. Loaded only when
### one waits.
### Status: draft translation, needs review by a native speaker.

outbox-heading = 전송 대기 중
outbox-waiting-body = 이 신청들은 이 기기에 저장되어 있습니다. 인터넷에 연결되는 즉시 전송됩니다.
outbox-send-now = 지금 전송
outbox-sending = 전송 중…
outbox-delete = 삭제
outbox-delete-confirm = 이 신청은 아직 전송되지 않았습니다. 삭제하면 담당 부서가 받지 못하며, 작성하신 답변도 이 기기에서 사라집니다.
outbox-delete-yes = 예, 삭제합니다
outbox-delete-keep = 아니요, 보관합니다
outbox-deleted = 신청이 이 기기에서 삭제되었습니다. 전송되지 않았습니다.
outbox-refused = 접수되지 않았습니다. 일부 답변을 고쳐야 합니다. 작성하신 내용은 그대로 있습니다.
outbox-correct = 답변 고치기
outbox-refused-busy = 이 기기에서 이 서비스를 다시 시작하셨습니다. 먼저 그 답변을 전송하거나 삭제한 다음 이 신청을 고치십시오.
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
outbox-already-sent = 전송되지 않았습니다. 이 기기에서 답변이 다른 신청이 이미 전송되었습니다(접수번호 { $reference }). 이 답변은 삭제하셔도 됩니다.
outbox-already-sent-no-reference = 전송되지 않았습니다. 이 기기에서 답변이 다른 신청이 이미 전송되었습니다. 이 답변은 삭제하셔도 됩니다.
