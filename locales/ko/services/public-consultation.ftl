### Service: public consultation on a draft policy. Question ids and options are in
### services/public-consultation.toml.
### Status: draft translation, needs review by a native speaker.

name = 지역사회 노인 돌봄 규정 의견 수렴
summary = 재가 및 지역사회 노인 돌봄에 관한 규정 초안에 대해 의견을 주십시오.
keywords = 의견 의견수렴 의견제출 의견징집 건의 제안 초안 규정 정책 피드백 노인 어르신 돌봄 양로 사회구역 지역사회
info-what =
    본 시는 집에서 사는 노인의 돌봄에 관한 규정 초안을 작성했습니다. 식사 지원, 방문, 주간 돌봄 센터, 긴급 지원이 포함됩니다. 규정을 확정하기 전에 여러분의 의견을 듣고자 합니다.
    이름이나 그 밖의 개인 정보를 밝히지 않고도 의견을 주실 수 있습니다.
info-who = 본 시에 살거나 일하는 분은 누구나, 그리고 단체도 참여할 수 있습니다.
info-bring = 필요한 것은 없습니다. 원하시면 이름과 이메일 주소를 남기실 수 있습니다.
info-fees = 무료입니다.
info-time =
    약 10분이 걸리며, 하실 말씀이 많으면 더 걸릴 수 있습니다.
    의견 수렴은 2026년 12월 31일까지입니다.
info-online = 의견 수렴이 끝날 때까지 언제든지 온라인으로 의견을 주실 수 있습니다.
info-in-person = 거주지의 주민위원회나 정무서비스센터에서 의견서 양식에 의견을 적어 주십시오.
info-phone = 정무서비스 핫라인 12345로 전화하여 노인 돌봄 규정 초안에 의견을 내고 싶다고 말씀하십시오. 직원이 말씀하신 내용을 기록합니다.
info-contact = 민정국. 정무서비스 핫라인 12345를 통해 연락하실 수 있습니다. 매일 8:00~20:00.
declaration = 모든 의견을 읽겠습니다. 보고서에 귀하가 쓰신 내용을 인용할 수 있으며, 동의하지 않으시면 이름은 밝히지 않습니다.
next-steps =
    의견을 주셔서 감사합니다. 의견 수렴이 끝나고 약 3개월 뒤에 모든 의견의 요약과 규정에서 바뀐 내용을 공개합니다.

overall-label = 규정 초안에 대해 전체적으로 어떻게 생각하십니까?
overall-option-support = 찬성합니다
overall-option-support-with-changes = 수정한다면 찬성합니다
overall-option-oppose = 찬성하지 않습니다
overall-option-no-view = 전체적인 의견은 없습니다
views-label = 어떤 의견이 있으십니까?
views-hint = 규정의 어느 부분인지, 무엇을 어떻게 바꾸고 싶은지, 그 이유는 무엇인지 적어 주십시오.
anonymous-label = 이름을 밝히시겠습니까?
anonymous-option-anonymous = 아니요, 익명으로 하겠습니다
anonymous-option-anonymous-hint = 개인 정보는 전혀 묻지 않습니다.
anonymous-option-named = 예, 이름을 밝히겠습니다
page-about-you-title = 귀하의 정보
full-name-label = 성명
email-label = 이메일 주소
email-hint = 요약이 공개될 때 알림을 받고 싶으시면 입력하십시오.
publish-name-label = 의견을 공개할 때 이름을 함께 밝혀도 되겠습니까?
