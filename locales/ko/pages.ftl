### Pages every visit may need at once: home, service loading, page not found. Settings and
### statements have their own files, loaded with their pages.
### Status: draft translation, needs review by a native speaker.

## Home

home-title = 온라인 정무서비스
home-intro = 어떤 휴대폰에서든 모국어로 정무서비스를 알아보고 신청하십시오.
home-services-heading = 서비스

## Service

service-loading = 서비스를 불러오는 중…
service-unavailable-title = 이 서비스를 이용할 수 없습니다
service-unavailable-body = 이 서비스를 불러오지 못했습니다. 인터넷 연결을 확인하고 다시 시도하시거나 핫라인 12345로 전화하십시오.

## Page not found

not-found-title = 페이지를 찾을 수 없습니다
not-found-body = 웹 주소를 직접 입력하셨다면 주소가 맞는지 확인하십시오. 링크를 눌러 오셨다면 오래된 링크일 수 있습니다.
not-found-home-link = 홈으로 가기

## Topics on the home page (ids in services/catalogue.toml)

topic-identity-residence = 신분과 호적
topic-pensions-elderly-care = 양로금과 노인 돌봄
topic-business-investment = 창업과 투자
topic-consumer-rights = 소비자 권익과 제품 품질
topic-science-technology = 과학기술
topic-have-your-say = 의견 제출
home-search-label = 서비스 검색
home-search-button = 검색
home-track-link = 제출한 신청의 처리 상황 조회
