### Service: science and technology project application. Question ids and options are in
### services/science-project-application.toml.
### Status: draft translation, needs review by a native speaker.

name = 과학기술 프로젝트 자금 신청
summary = 연구 프로젝트 자금을 받으려는 기업, 대학, 연구소를 위한 서비스입니다.
keywords = 과학 기술 과학기술 과기 연구 연구개발 개발 프로젝트 항목 과제 자금 지원 보조금 경비 신청 신보 혁신
info-what = 연구 또는 개발 프로젝트를 위해 본 시 과학기술 계획의 자금을 신청합니다. 양식이 깁니다. 언제든지 멈추었다가 나중에 다시 와서 작성하실 수 있습니다.
info-who =
    본 시에 등록된 기업, 대학, 연구소 및 그 밖의 기관.
    앞으로 시작할 프로젝트여야 하며, 기간은 6~36개월이어야 합니다.
info-bring =
    기관의 통일사회신용코드(18자리).
    프로젝트의 간단한 소개, 예산, 프로젝트 책임자 정보.
    신청 후에 전체 프로젝트 계획서와 예산 서류를 요청드립니다.
info-fees = 신청은 무료입니다.
info-time =
    양식 작성에는 약 30분이 걸립니다. 답변은 이 기기에 저장되므로 여러 번에 나누어 작성하실 수 있습니다.
    전문가가 마감일로부터 60일 이내에 신청서를 심사합니다.
info-online = 마감일까지 언제든지 온라인으로 신청하실 수 있습니다.
info-in-person = 과학기술국을 방문하시면 신청을 도와드립니다. 월요일~금요일 9:00~17:00.
info-phone = 정무서비스 핫라인 12345로 전화하여 과학기술국을 찾으십시오.
info-contact = 과학기술국. 정무서비스 핫라인 12345를 통해 연락하실 수 있습니다. 매일 8:00~20:00.
declaration = 이 신청을 제출하면 귀하는 기관을 대표하여, 정보가 사실이며 밝힌 경우를 제외하고는 이 프로젝트가 같은 작업에 대해 다른 공공 자금을 받지 않았음을 확인하는 것입니다.
next-steps =
    근무일 기준 10일 이내에 신청 서류가 다 갖추어졌는지 확인하고 이메일로 알려 드립니다.
    그다음 전체 프로젝트 계획서와 예산 서류를 보내 주시도록 요청드립니다.

applicant-type-label = 신청 기관은 어떤 유형입니까?
applicant-type-option-company = 기업
applicant-type-option-university = 대학 또는 전문대학
applicant-type-option-institute = 연구소
applicant-type-option-other = 그 밖의 기관
page-organisation-title = 기관 정보
organisation-name-label = 기관 이름
credit-code-label = 통일사회신용코드
credit-code-hint = 18자리이며, 영업집조(사업자등록증)에 있습니다.
project-title-label = 프로젝트 이름은 무엇입니까?
field-label = 프로젝트는 어느 분야입니까?
field-option-information = 정보기술
field-option-manufacturing = 첨단 제조
field-option-materials = 신소재
field-option-health = 보건·의약
field-option-agriculture = 농업
field-option-energy = 에너지·환경
field-option-other = 기타
summary-label = 프로젝트를 설명해 주십시오
summary-hint = 어떤 문제를 어떻게 해결하는지, 무엇이 새로운지 적어 주십시오.
outcomes-label = 프로젝트의 성과물은 무엇입니까?
outcomes-hint = 예: 제품, 특허, 논문, 일자리.
page-timing-title = 프로젝트는 언제 진행됩니까?
start-date-label = 시작일
start-date-hint = 예: 2027년 3월 1일
duration-label = 기간은 몇 개월입니까?
duration-hint = 6~36개월.
page-budget-title = 예산
total-budget-label = 총예산(만 위안)
total-budget-hint = 예: 120.5는 1,205,000위안입니다.
requested-label = 신청 지원 금액(만 위안)
requested-hint = 최대 1000.
page-team-title = 프로젝트 책임자와 팀
lead-name-label = 프로젝트 책임자 성명
lead-title-label = 프로젝트 책임자 직함
lead-title-hint = 예: 고급 엔지니어, 교수.
team-size-label = 프로젝트 참여 인원은 몇 명입니까?
earlier-funding-label = 이 프로젝트가 전에 공공 자금을 받은 적이 있습니까?
earlier-details-label = 이전에 받은 자금에 대해 알려 주십시오
earlier-details-hint = 누가, 언제, 얼마를 지원했는지 적어 주십시오.
page-contact-title = 이 신청과 관련하여 누구에게 연락하면 됩니까?
contact-name-label = 성명
mobile-label = 휴대전화 번호
email-label = 이메일 주소
email-hint = 신청 진행 상황을 이 주소로 보내 드립니다.
