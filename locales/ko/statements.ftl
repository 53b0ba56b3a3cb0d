### The accessibility statement and the privacy notice. Loaded with those pages.
### Status: draft translation, needs review by a native speaker.

accessibility-title = 접근성 성명
accessibility-intro = 저희는 모든 사람이 이 사이트를 이용할 수 있기를 바랍니다. 저렴한 휴대폰으로도, 화면 낭독기나 키보드만으로도, 화면을 확대해서도, 그리고 자신의 언어로 이용할 수 있어야 합니다.
accessibility-testing-heading = 점검 방법
accessibility-testing-body = 모든 페이지를 모든 언어로, 표준·어르신·고대비 화면에서 실제 브라우저로 점검합니다. axe 검사 도구를 쓰고, 폭 320픽셀에서, 글자 간격을 넓힌 상태에서 점검하며, 누를 수 있는 모든 요소의 크기와 화면 낭독기가 읽는 이름을 확인하고, 키보드만으로도 조작해 봅니다. 어르신 모드로 신분증을 신청하는 과정도 포함됩니다. 저희는 WCAG 2.2 AA 등급을 충족하는 것을 목표로 합니다.
accessibility-gaps-heading = 아직 되지 않는 부분
accessibility-gaps-body = 자동 점검으로는 일부 문제만 찾을 수 있습니다. 아직 장애인과 함께 사이트를 시험해 보지 못했고, 휴대폰의 화면 낭독기로도 시험하지 못했습니다. 소리 내어 읽기 기능은 기기에 해당 언어의 음성이 있어야 합니다. 위구르어나 티베트어 음성이 있는 기기는 드뭅니다.
accessibility-translations-heading = 번역
accessibility-translation-source = 포털 팀이 작성했습니다.
accessibility-translation-draft = 번역 초안입니다. 원어민의 검토가 아직 필요합니다.
accessibility-report-heading = 문제 알리기
accessibility-report-body = 이 사이트의 어떤 부분을 이용할 수 없다면 온라인으로 알려 주시거나 핫라인 12345로 전화하십시오. 어느 페이지에서 무엇이 잘못되었는지 알려 주십시오.
accessibility-report-link = 이 웹사이트의 문제 알리기
# Variables:
#   $date (String) - the date, already written out by the browser in the current language
accessibility-prepared = 이 성명은 { $date }에 작성되었습니다.
privacy-title = 개인정보 안내
privacy-intro = 이 안내는 이 사이트가 귀하에 관해 무엇을 보관하고 누가 그것을 볼 수 있는지 설명합니다.
privacy-device-heading = 이 휴대폰이나 컴퓨터에 보관되는 것
privacy-device-body = 사이트를 마지막으로 쓰신 모습 그대로 열 수 있도록 언어와 화면 설정을 보관하며, 서비스에 입력하고 계신 답변은 제출하실 때까지 최대 7일 동안 보관합니다. 신청을 제출하시기 전에는 이 중 어느 것도 저희에게 전송되지 않습니다.
privacy-outbox-body = 인터넷 연결 없이 제출한 신청은 저희에게 도착할 때까지 이 기기에 보관되었다가 삭제됩니다. 그 전에는 홈에서 삭제하실 수 있으며, 삭제하면 전송되지 않습니다.
privacy-sent-body = 홈에서 처리 상황을 조회하실 수 있도록, 이 기기에서 제출한 각 신청의 접수번호와 조회 코드를 마지막으로 확인한 상태 및 전송 대기 중인 평가와 함께 보관합니다(최근 20건). 삭제하실 때까지 이 기기를 쓰는 사람은 누구나 볼 수 있습니다.
privacy-third-parties-heading = 그 밖에 볼 수 있는 사람
privacy-third-parties-body = 아무도 없습니다. 이 사이트는 다른 웹사이트에서 아무것도 불러오지 않습니다. 광고가 없으며 귀하를 추적하지 않습니다.
privacy-delete-heading = 이 기기에 보관된 것 삭제
privacy-delete-body = 이 사이트가 이 휴대폰이나 컴퓨터에 보관한 것을 삭제합니다. 제출하지 않은 답변, 전송 대기 중인 신청, 언어와 화면 설정, 열어 보신 서비스의 사본이 삭제됩니다. 사이트 자체는 남아 있으므로 인터넷 연결 없이도 계속 열립니다. 여러 사람이 함께 쓰는 휴대폰이라면 사용을 마친 뒤 삭제하십시오.
privacy-delete-button = 이 기기에서 모두 삭제
# Variables:
#   $count (Number) - how many applications wait on this device
privacy-delete-unsent = 이 기기에 아직 전송되지 않은 신청: { $count }건. 모두 삭제하면 이 신청들은 전송되지 않습니다.
privacy-delete-confirm = 이 사이트가 이 기기에 보관한 것을 모두 삭제하시겠습니까? 삭제하면 되돌릴 수 없습니다.
privacy-delete-keep = 아니요, 보관합니다
privacy-delete-yes = 예, 모두 삭제합니다
privacy-deleted = 이 사이트가 이 기기에 보관한 것이 모두 삭제되었습니다.
privacy-delete-browser = 브라우저에 열어 보신 페이지의 사본이 아직 남아 있을 수 있습니다. 그것까지 지우시려면 브라우저 설정에서 이 사이트의 데이터를 삭제하십시오.
