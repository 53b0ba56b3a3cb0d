### Service: a complaint about the quality of a product. Question ids and options are in
### services/product-quality-complaint.toml.
### Status: draft translation, needs review by a native speaker.

name = 불량 제품 신고
summary = 구매한 물건이 안전하지 않거나, 작동하지 않거나, 판매자의 설명과 다른 경우에 신고하십시오.
keywords = 불량 고장 결함 위험 소비자 신고 투소 불만 민원 피해 환불 반품 교환 품질 가짜 짝퉁 권익 12315
info-what = 안전하지 않거나, 결함이 있거나, 판매자의 설명과 다른 제품을 시장감독관리 부문에 신고하는 서비스입니다. 먼저 판매자와 해결해 보십시오. 해결되지 않으면 저희가 도와드립니다.
info-who = 본 시에서 제품을 구매했거나, 본 시에 있는 판매자에게서 온라인으로 구매한 분은 누구나 신고할 수 있습니다.
info-bring =
    어떤 제품인지, 언제 어디에서 샀는지, 무엇이 잘못되었는지.
    있으면: 영수증, 문제를 찍은 사진, 제품 실물. 지금 보내지는 마십시오. 보내는 방법은 저희가 알려 드립니다.
info-fees = 무료입니다.
info-time =
    양식 작성에는 약 10분이 걸립니다.
    모든 신고는 근무일 기준 7일 이내에 검토합니다.
info-online = 언제든지 온라인으로 신고하실 수 있습니다. 중간에 멈췄다가 다시 오셔도 됩니다. 답변은 이 기기에 저장됩니다.
info-in-person = 거주 구의 시장감독관리소를 방문하십시오. 월요일~금요일 9:00~17:00. 가능하면 제품과 영수증을 가져오십시오.
info-phone = 소비자 신고 전화 12315나 정무서비스 핫라인 12345로 전화하십시오.
info-contact = 소비자 신고 전화 12315, 매일 8:30~17:30. 정무서비스 핫라인 12345, 매일 8:00~20:00.
declaration = 이 신고를 제출하면 알려 주신 내용이 아는 범위에서 사실임을 확인하는 것입니다.
# One paragraph per line.
next-steps =
    근무일 기준 7일 이내에 신고를 검토하고, 선택하신 방법으로 연락드립니다.
    제품이 위험하다면 지금 바로 사용을 멈추십시오.

product-label = 어떤 제품에 대한 신고입니까?
product-hint = 알고 계시면 상표와 모델명을 적어 주십시오. 예: 메이디 전기 주전자 MK-15.
page-purchase-title = 언제 어디에서 구매하셨습니까?
where-bought-label = 상점 또는 웹사이트
where-bought-hint = 예: 상점 이름과 거리 이름, 또는 웹사이트 이름.
where-bought-error-required = 제품을 구매한 상점이나 웹사이트를 입력해 주십시오
purchase-date-label = 구매일
purchase-date-hint = 예: 2026년 3월 27일
purchase-date-error-required = 제품을 구매한 날짜를 입력해 주십시오
amount-paid-label = 지불 금액(위안)
amount-paid-hint = 예: 129.50
what-happened-label = 무엇이 잘못되었습니까?
what-happened-hint = 무슨 일이 있었는지, 언제부터 그랬는지, 다친 사람이 있는지 적어 주십시오.
evidence-label = 어떤 증거를 보여 주실 수 있습니까?
evidence-hint = 해당하는 것을 모두 선택하십시오.
evidence-option-receipt = 영수증 또는 계산서
evidence-option-photos = 문제를 찍은 사진이나 동영상
evidence-option-product = 제품 실물
evidence-option-none = 해당 없음
evidence-description-label = 증거에 대해 알려 주십시오
evidence-description-hint = 예: 사진이 몇 장인지. 보내는 방법은 저희가 알려 드립니다.
contact-method-label = 신고와 관련하여 어떻게 연락드리면 됩니까?
contact-method-option-phone = 전화
contact-method-option-email = 이메일
phone-label = 휴대전화 번호는 무엇입니까?
phone-hint = 예: 138 0013 8000
email-label = 이메일 주소는 무엇입니까?
full-name-label = 성함이 어떻게 되십니까?
