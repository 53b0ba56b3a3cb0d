### Service: replacing a resident ID card. Question ids and options are in
### services/id-card-replacement.toml.
### Status: draft translation, needs review by a native speaker.

name = 주민신분증 재발급
summary = 신분증을 잃어버렸거나, 손상되었거나, 유효 기간이 지났거나, 개인 정보가 바뀐 경우에 신청하십시오.
keywords = 신분증 주민신분증 주민등록증 신분증번호 재발급 발급 교체 갱신 분실 도난 잃어버림 손상 만료 유효기간
info-what = 주민신분증을 잃어버렸거나 도난당했거나, 손상되었거나 유효 기간이 지났을 때, 또는 개인 정보가 바뀌었을 때 이 서비스로 새 신분증을 신청하십시오.
info-who =
    본 시에 호적(호구)이 있는 만 16세 이상인 분.
    만 16세 미만 아동은 부모나 후견인과 함께 직접 방문하여 신청해야 합니다.
info-bring =
    온라인: 신분증 번호, 생년월일, 휴대전화 번호.
    신분증을 받을 때: 기존 신분증(아직 있는 경우)과 호구부.
info-fees = 20위안이며, 신분증을 받을 때나 우편으로 받을 때 냅니다. 도난당하여 공안에 신고한 신분증은 무료입니다.
info-time =
    양식 작성에는 약 5분이 걸립니다.
    새 신분증은 근무일 기준 약 20일 뒤에 나옵니다.
info-online = 언제든지 온라인으로 신청하실 수 있습니다. 중간에 멈췄다가 다시 오셔도 됩니다. 답변은 이 기기에 저장됩니다.
info-in-person = 본 시 어느 파출소든 호적 창구를 방문하십시오. 월요일~토요일 9:00~17:00.
info-phone = 12345로 전화하여 신분증 관련 도움을 요청하십시오. 직원이 함께 양식을 작성해 드립니다.
info-contact = 정무서비스 핫라인 12345, 매일 8:00~20:00. 휴대전화로 거시면 무료입니다.
declaration = 이 신청을 제출하면 입력하신 정보가 사실임을 확인하는 것입니다. 고의로 거짓 정보를 제공하는 것은 위법입니다.
# One paragraph per line.
next-steps =
    근무일 기준 3일 이내에 신청을 심사합니다.
    사진 촬영과 지문 등록을 언제, 어디에서 하는지 휴대전화 문자 메시지로 알려 드립니다.

reason-label = 새 신분증이 왜 필요하십니까?
reason-option-lost = 잃어버렸거나 도난당했습니다
reason-option-damaged = 손상되었습니다
reason-option-expired = 유효 기간이 지났거나 곧 지납니다
reason-option-changed-details = 개인 정보가 바뀌었습니다
new-details-label = 무엇이 바뀌었습니까?
new-details-hint = 예: 이름, 호적 주소.
date-of-birth-label = 생년월일이 언제입니까?
date-of-birth-hint = 예: 1957년 3월 27일
full-name-label = 성함이 어떻게 되십니까?
full-name-hint = 신분증에 적힌 그대로 입력하십시오.
id-number-label = 신분증 번호는 무엇입니까?
id-number-hint = 신분증에 있는 18자리입니다. 마지막 자리는 X일 수 있습니다.
page-contact-title = 어떻게 연락드리면 됩니까?
mobile-label = 휴대전화 번호
mobile-hint = 신청에 관한 문자 메시지를 보내 드립니다.
mobile-error-required = 휴대전화 번호를 입력해 주십시오
email-label = 이메일 주소
email-hint = 접수 확인 사본을 이메일로 받고 싶으실 때만 입력하십시오.
collection-label = 새 신분증을 어떻게 받으시겠습니까?
collection-option-collect = 파출소에서 직접 받기
collection-option-collect-hint = 기존 신분증이 아직 있으면 가져오십시오.
collection-option-post = 우편으로 받기
collection-option-post-hint = 중국 대륙 내 주소로 등기 우편으로 보내 드립니다.
page-address-title = 신분증을 어디로 보내 드리면 됩니까?
address-label = 주소
address-error-required = 신분증을 받을 주소를 입력해 주십시오
postcode-label = 우편번호
postcode-error-required = 해당 주소의 우편번호를 입력해 주십시오

exit-under-16-title = 직접 방문하여 신청하셔야 합니다
exit-under-16-body = 만 16세 미만 아동은 온라인으로 신청할 수 없습니다. 부모나 후견인과 함께 관할 파출소를 방문하십시오. 아동의 호구부와 부모 또는 후견인의 신분증을 가져오십시오.
