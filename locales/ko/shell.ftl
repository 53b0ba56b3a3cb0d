### Shell: the site's name, header, language switcher, footer, and page titles (the static
### shell's texts are in static.ftl). Shared by every page.
### Status: draft translation, needs review by a native speaker.

-site-name = 시민 서비스 포털

header-site-name = { -site-name }
# Shown in the browser tab and read first by screen readers.
# Variables:
#   $page (String) - the title of the page being shown
page-title = { $page } – { -site-name }

skip-link = 본문으로 바로 가기

## Header

header-nav-label = 주 메뉴
nav-home = 홈
nav-display-settings = 화면 설정
language-switcher-label = 언어

## Footer

footer-help-heading = 전화 또는 방문 상담
footer-hotline = 이 사이트를 이용할 수 없거나 직접 상담을 원하십니까? 정무서비스 핫라인 12345로 전화하시거나 가까운 정무서비스센터를 방문하십시오.
footer-nav-label = 이 사이트 정보
footer-accessibility = 접근성 성명
footer-privacy = 개인정보 안내

## Elder mode and reading aloud

elder-mode-toggle = 어르신 모드
read-aloud-listen = 이 페이지 듣기
read-aloud-pause = 일시 정지
read-aloud-resume = 계속 듣기
read-aloud-stop = 정지
# Variables:
#   $language (String) - the language's name in its own script
read-aloud-no-voice = 이 기기에는 { $language } 음성이 없어 이 페이지를 읽어 드릴 수 없습니다.

## Connection and updates

offline-status = 현재 오프라인 상태입니다. 양식은 계속 작성하실 수 있으며, 제출한 내용은 인터넷에 다시 연결되면 전송됩니다.
update-available = 이 사이트의 새 버전이 준비되었습니다. 새 버전으로 바꾸어도 작성하신 답변은 유지됩니다.
update-apply = 새 버전 사용

## Dates, written out in full (check answers, statements)

# Variables:
#   $year (Number) - the year
#   $month (Number) - the month, 1 to 12
#   $day (Number) - the day of the month
date-long = { $year }년 { $month }월 { $day }일
