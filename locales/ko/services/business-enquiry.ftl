### Service: business registration and investment enquiry. Question ids and options are in
### services/business-enquiry.toml.
### Status: draft translation, needs review by a native speaker.

name = 창업·투자 상담
summary = 회사 등록, 이 지역 투자, 사업장 찾기에 대해 상담원에게 문의하십시오.
keywords = 창업 사업 기업 회사 법인 설립 등록 회사등록 영업집조 사업자등록 투자 투자유치 상담 문의 사업장 부지 공장 사무실 스타트업
info-what = 창업, 회사 등록, 본 시 투자, 사업장 찾기에 관해 질문하십시오. 투자유치센터 상담원이 답변해 드립니다.
info-who = 누구나 신청할 수 있습니다. 창업하려는 개인, 기업, 국내외 투자자 모두 해당됩니다.
info-bring = 질문 내용, 사업 분야, 휴대전화 번호. 올려야 할 서류는 없습니다.
info-fees = 상담은 무료입니다. 회사 등록도 무료입니다.
info-time =
    양식 작성에는 약 5분이 걸립니다.
    상담원이 근무일 기준 2일 이내에 전화나 서면으로 연락드립니다.
info-online = 언제든지 온라인으로 문의하실 수 있습니다.
info-in-person = 정무서비스센터의 기업 서비스 창구를 방문하십시오. 월요일~금요일 9:00~17:00.
info-phone = 정무서비스 핫라인 12345로 전화하여 투자유치센터를 찾으십시오.
info-contact = 투자유치센터. 정무서비스 핫라인 12345를 통해 연락하실 수 있습니다. 매일 8:00~20:00.
declaration = 이 문의를 제출하면 상담원이 질문과 관련하여 귀하에게 연락하는 데 동의하는 것입니다.
next-steps =
    상담원이 근무일 기준 2일 이내에, 선택하신 시간에 연락드립니다.
    문의 내용을 조회하실 수 있도록 접수번호를 보관하십시오.

enquiry-type-label = 무엇을 문의하시겠습니까?
enquiry-type-option-register = 새 회사 등록
enquiry-type-option-invest = 본 시 투자
enquiry-type-option-premises = 토지, 사무실, 작업장 찾기
enquiry-type-option-other = 기타
sector-label = 어떤 분야의 사업입니까?
sector-option-manufacturing = 제품 생산(제조업)
sector-option-technology = 기술·소프트웨어
sector-option-agriculture = 농업·식품
sector-option-trade = 상품 매매(무역·유통)
sector-option-tourism = 관광·숙박·음식점
sector-option-services = 기타 서비스업
sector-option-other = 기타
page-business-title = 사업 정보
business-name-label = 사업체 이름
business-name-hint = 아직 이름이 없으면 비워 두십시오.
investment-label = 투자 계획 금액은 얼마입니까(위안)?
investment-hint = 대략적인 금액이면 됩니다. 예: 500000
question-label = 질문 내용은 무엇입니까?
question-hint = 자세히 알려 주실수록 상담원이 더 잘 도와드릴 수 있습니다.
full-name-label = 성함이 어떻게 되십니까?
page-contact-title = 상담원이 어떻게 연락드리면 됩니까?
mobile-label = 휴대전화 번호
mobile-hint = 예: 138 0013 8000
email-label = 이메일 주소
email-hint = 서면으로도 답변을 받고 싶으시면 입력하십시오.
call-time-label = 언제 전화드리는 것이 가장 좋습니까?
call-time-option-morning = 오전
call-time-option-afternoon = 오후
call-time-option-any = 아무 때나
