### Service: annual pension eligibility certification. Question ids and options are in
### services/pension-certification.toml.
### Status: draft translation, needs review by a native speaker.

name = 양로금 수령 자격 인증
summary = 양로금이 계속 지급되도록 1년에 한 번, 생존해 있고 자격이 있음을 알려 주십시오.
keywords = 양로금 연금 양로보험 퇴직 은퇴 자격인증 자격 인증 생존인증 생존확인 연례 연심 노인 어르신
info-what = 양로금을 받는 분은 누구나 1년에 한 번 생존해 있고 여전히 자격이 있음을 확인해야 합니다. 이를 양로금 수령 자격 인증이라고 합니다. 인증하지 않으면 양로금 지급이 중단될 수 있습니다.
info-who =
    본 시에서 기본양로금을 받는 모든 분.
    가족이나 돌보는 분이 대신 양식을 작성할 수 있습니다.
info-bring = 신분증 번호, 생년월일, 휴대전화 번호. 올려야 할 서류는 없습니다.
info-fees = 무료입니다.
info-time =
    양식 작성에는 약 5분이 걸립니다.
    12개월마다 한 번 하십시오. 인증이 끝나면 문자 메시지를 보내 드립니다.
info-online = 언제든지 온라인으로 인증하실 수 있습니다. 어르신 모드를 켜면 글자가 커지고 페이지를 소리 내어 읽어 드립니다.
info-in-person = 거주지의 주민위원회나 촌민위원회, 또는 어느 사회보험 업무기관이든 방문하십시오. 월요일~금요일 9:00~17:00. 신분증을 가져오십시오.
info-phone = 사회보험 핫라인 12333으로 전화하십시오. 외출하기 어려우시면 직원이 찾아갈 수 있습니다.
info-contact = 사회보험 핫라인 12333, 월요일~금요일 9:00~17:00. 정무서비스 핫라인 12345, 매일 8:00~20:00.
declaration = 이 양식을 제출하면 기재된 분이 생존해 있으며 알려 주신 내용이 사실임을 확인하는 것입니다. 양로금을 받기 위해 거짓 정보를 제공하는 것은 위법입니다.
next-steps =
    근무일 기준 5일 이내에 정보를 확인합니다.
    인증이 끝나면 입력하신 휴대전화 번호로 문자 메시지를 보내 드립니다.
    양로금은 계속 지급됩니다. 올해는 더 하실 일이 없습니다.

who-label = 누가 이 양식을 작성하고 있습니까?
who-option-self = 양로금을 받는 본인이 직접 작성합니다
who-option-helper = 양로금을 받는 분을 도와 작성합니다
page-helper-title = 도와주시는 분의 정보
helper-name-label = 성명
helper-relationship-label = 양로금을 받는 분과 어떤 관계입니까?
helper-relationship-option-child = 아들 또는 딸
helper-relationship-option-spouse = 남편 또는 아내
helper-relationship-option-relative = 그 밖의 친척
helper-relationship-option-carer = 돌보는 사람
helper-relationship-option-other = 기타
full-name-label = 양로금을 받는 분의 성명은 무엇입니까?
full-name-hint = 그분의 신분증에 적힌 그대로 입력하십시오.
date-of-birth-label = 그분의 생년월일이 언제입니까?
date-of-birth-hint = 예: 1952년 3월 27일
id-number-label = 그분의 신분증 번호는 무엇입니까?
id-number-hint = 신분증에 있는 18자리입니다. 마지막 자리는 X일 수 있습니다.
scheme-label = 그분은 어떤 양로금을 받고 계십니까?
scheme-option-employee = 직공 양로금(직장 근무)
scheme-option-resident = 도시·농촌 주민 양로금
scheme-option-public-sector = 기관·사업단위 양로금(정부 기관 또는 공공 기관)
scheme-option-not-sure = 잘 모르겠습니다
living-label = 그분은 지금 어디에 사십니까?
living-option-home = 본인 집
living-option-family = 가족과 함께
living-option-care-home = 양로원
living-option-abroad = 중국 대륙 밖
country-label = 어느 나라 또는 지역에 사십니까?
mobile-label = 문자 메시지를 받을 휴대전화 번호는 무엇입니까?
mobile-hint = 예: 138 0013 8000. 본인이나 가족의 번호이면 됩니다.
exit-too-young-title = 이 서비스는 필요하지 않습니다
exit-too-young-body = 양로금은 빨라도 만 50세부터 지급되므로 이분은 인증하지 않아도 됩니다. 실제로 양로금을 받고 계시다면 사회보험 핫라인 12333으로 전화하십시오.
