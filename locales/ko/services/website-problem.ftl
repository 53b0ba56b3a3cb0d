### Service: tell us about a problem with this website. Question ids and options are in
### services/website-problem.toml.
### Status: draft translation, needs review by a native speaker.

name = 이 웹사이트의 문제 알리기
summary = 이 웹사이트에서 작동하지 않거나 쓰기 어려웠던 점을 알려 주시면 고치겠습니다.
keywords = 문제 오류 에러 버그 고장 신고 알리기 접근성 웹사이트 사이트 홈페이지 도움 화면낭독기 스크린리더 확대 키보드 의견 피드백
info-what =
    이 웹사이트의 어떤 부분이 제대로 되지 않았다면 여기에서 알려 주십시오. 알려 주신 내용으로 모든 사람을 위해 웹사이트를 고칩니다.
    이름을 밝히지 않으셔도 됩니다. 답변을 원하실 때만 이메일 주소를 여쭙니다.
info-who = 이 웹사이트를 쓰는 분이나, 다른 사람이 쓰도록 돕는 분은 누구나 이용할 수 있습니다.
info-bring = 필요한 것은 없습니다. 어느 페이지에서 무엇을 하려고 했는지 알려 주시면 도움이 됩니다.
info-fees = 무료입니다.
info-time = 약 5분이 걸립니다. 답변을 요청하시면 근무일 기준 10일 이내에 답변드립니다.
info-online = 언제든지 온라인으로 알려 주실 수 있습니다.
info-in-person = 정무서비스센터 직원에게 말씀하십시오. 직원이 대신 기록해 드립니다.
info-phone = 정무서비스 핫라인 12345로 전화하여 웹사이트 문제를 알리고 싶다고 말씀하십시오.
info-contact = 포털 팀. 정무서비스 핫라인 12345를 통해 연락하실 수 있습니다. 매일 8:00~20:00.
declaration = 보내 주신 내용은 문제를 찾아 고치는 데에만 씁니다. 누구와도 공유하지 않습니다.
next-steps = 알려 주셔서 감사합니다. 답변을 요청하셨다면 근무일 기준 10일 이내에 이메일로 답변드립니다.

where-label = 어느 페이지나 서비스를 이용하고 계셨습니까?
where-hint = 예: 신분증 재발급의 생년월일을 묻는 페이지. 잘 모르시면 비워 두십시오.
what-went-wrong-label = 무엇이 잘못되었습니까?
what-went-wrong-hint = 무엇을 하려고 했고 무슨 일이 일어났는지 적어 주십시오. 신분증 번호나 그 밖의 개인 정보는 적지 마십시오.
assistive-technology-label = 다음 중 사용하신 것이 있습니까?
assistive-technology-hint = 문제를 찾는 데 도움이 됩니다. 답하지 않으셔도 됩니다. 해당하는 것을 모두 선택하십시오.
assistive-technology-option-screen-reader = 화면 낭독기
assistive-technology-option-magnifier = 화면 확대 또는 돋보기 프로그램
assistive-technology-option-keyboard = 마우스 없이 키보드만
assistive-technology-option-voice-control = 음성 제어
assistive-technology-option-elder-mode = 이 웹사이트의 어르신 모드
assistive-technology-option-none = 해당 없음
reply-label = 답변을 받으시겠습니까?
reply-hint = 받으시겠다면 이메일 주소를 여쭙니다.
email-label = 이메일 주소
email-hint = 답변을 드리는 데에만 씁니다.
