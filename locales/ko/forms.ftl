### Forms: what every service's pages share: buttons, links, errors, the check answers page,
### the confirmation and the draft kept on the device. Loaded when a service is opened.
### Status: draft translation, needs review by a native speaker.

forms-start-now = 시작하기
forms-continue = 계속
forms-back = 뒤로
forms-optional = (선택 사항)

## Errors

forms-error-summary-title = 확인이 필요한 문제가 있습니다
# Read before each error message by screen readers; hidden on screen.
forms-error-prefix = 오류:
# The page title while errors show.
# Variables:
#   $title (String) - the usual page title
forms-error-title = 오류: { $title }
forms-error-required = 답변을 입력해 주십시오
forms-error-required-choice = 답변을 선택해 주십시오
forms-error-required-checkboxes = 하나 이상 선택해 주십시오
forms-error-required-date = 날짜를 입력해 주십시오. 예: 1957년 3월 27일
forms-error-wrong-shape = 이 답변을 읽을 수 없습니다. 다시 입력해 주십시오
# Variables:
#   $max (Number) - the most characters allowed
forms-error-too-long = { $max }자 이하로 입력해 주십시오
forms-error-too-long-to-send = 답변이 너무 길어 전송할 수 없습니다. 줄이시거나, 여러 번 반복된 공백이나 기호를 지워 주십시오
forms-error-hidden-characters = 이 답변에 보이지 않는 서식 문자가 들어 있습니다. 다른 곳에서 복사한 글에 섞여 들어올 수 있습니다. 붙여 넣지 말고 직접 다시 입력해 주십시오
forms-error-not-a-number = 숫자를 입력해 주십시오. 예: 12
forms-error-not-a-whole-number = 정수를 입력해 주십시오. 예: 12
# Variables:
#   $places (Number) - the most digits allowed after the decimal point
forms-error-too-many-decimal-places = 소수점 아래 { $places }자리 이하의 숫자를 입력해 주십시오
# Variables:
#   $min (Number) - the lowest number allowed
forms-error-below-minimum = { $min } 이상의 숫자를 입력해 주십시오
# Variables:
#   $max (Number) - the highest number allowed
forms-error-above-maximum = { $max } 이하의 숫자를 입력해 주십시오
forms-error-date-incomplete = 연, 월, 일을 모두 입력해 주십시오
forms-error-date-not-real = 실제 날짜를 입력해 주십시오. 예: 1957년 3월 27일
forms-error-date-in-future = 오늘 또는 그 이전 날짜를 입력해 주십시오
forms-error-date-in-past = 오늘 또는 그 이후 날짜를 입력해 주십시오
# Variables:
#   $min (Number) - the youngest age allowed
forms-error-too-young = 만 { $min }세 이상이어야 이 서비스를 이용할 수 있습니다
# Variables:
#   $max (Number) - the oldest age allowed
forms-error-too-old = { $max }년 이내의 생년월일을 입력해 주십시오
forms-error-not-an-option = 선택지 중 하나를 선택해 주십시오
forms-error-exclusive-with-others = ‘해당 없음’은 단독으로만 선택하시거나 선택을 해제해 주십시오
forms-error-email-invalid = 이메일 주소를 name@example.com과 같은 올바른 형식으로 입력해 주십시오
forms-error-mobile-number-invalid = 휴대전화 번호 11자리를 입력해 주십시오. 예: 138 0013 8000
forms-error-resident-id-length = 신분증 번호 18자리를 모두 입력해 주십시오
forms-error-resident-id-characters = 신분증 번호는 숫자로만 입력해 주십시오. 마지막 자리는 X일 수 있습니다
forms-error-resident-id-check-digit = 신분증 번호를 확인해 주십시오. 한 자리가 틀렸습니다
forms-error-resident-id-birth-date = 신분증 번호를 확인해 주십시오. 7~14번째 자리는 실제 생년월일이어야 합니다
forms-error-resident-id-does-not-match-date-of-birth = 신분증 번호의 생년월일이 입력하신 생년월일과 다릅니다. 둘 다 확인해 주십시오
forms-error-postcode-invalid = 우편번호 6자리를 입력해 주십시오. 예: 100010
forms-error-name-invalid = 이름은 숫자나 기호 없이 입력해 주십시오

## Fields

forms-date-day = 일
forms-date-month = 월
forms-date-year = 년
forms-yes = 예
forms-no = 아니요
forms-select-choose = 답변을 선택하십시오
# Between the other options and “None of these”.
forms-checkboxes-or = 또는
# Variables:
#   $remaining (Number) - characters still allowed
forms-character-count-remaining = { $remaining }자 더 입력할 수 있습니다
# Variables:
#   $over (Number) - characters over the limit
forms-character-count-over = { $over }자 초과했습니다

## Check answers and sending

forms-check-answers-title = 제출하기 전에 답변을 확인하십시오
forms-check-answers-change = 수정
forms-check-answers-not-answered = 답변 없음
forms-declaration-heading = 이제 신청을 제출하십시오
forms-send = 동의하고 제출
forms-sending = 제출 중…
forms-storage-full = 이 기기의 저장 공간이 가득 찼거나 차단되어 신청을 저장하지 못했습니다. 답변은 이 페이지에 그대로 있습니다. 다시 시도하시거나 먼저 휴대폰의 공간을 확보하십시오.
forms-send-rejected = 신청을 제출하려면 먼저 일부 답변을 확인해야 합니다.
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
forms-send-already-sent = 이 신청은 이미 이 기기에서 다른 답변으로 제출되었으므로 이번 답변은 제출되지 않았습니다. 접수번호는 { $reference }입니다. 변경하시려면 핫라인 12345로 전화하십시오.
forms-send-already-sent-no-reference = 이 신청은 이미 이 기기에서 다른 답변으로 제출되었으므로 이번 답변은 제출되지 않았습니다. 변경하시려면 핫라인 12345로 전화하십시오.
# Variables:
#   $status (Number) - the server's status code, for the helpline
forms-send-refused = 서비스에서 이 신청을 접수할 수 없습니다(코드 { $status }). 답변은 이 페이지에 그대로 있습니다. 나중에 다시 시도하시거나 핫라인 12345로 전화하십시오.

## Confirmation

forms-confirmation-title = 신청이 제출되었습니다
forms-confirmation-reference = 접수번호
forms-confirmation-next-heading = 다음 절차
forms-confirmation-secret = 조회 코드
forms-confirmation-track-heading = 신청 처리 상황 조회
forms-confirmation-track-body = 접수번호와 조회 코드가 있으면 신청 처리 상황을 보고, 담당 부서가 보낸 안내를 읽고, 처리가 결정된 뒤 서비스를 평가할 수 있습니다. 두 가지 모두 이 휴대폰에 저장되어 있습니다. 다른 기기를 쓰실 수도 있다면 적어 두십시오.
forms-confirmation-track-link = 신청 처리 상황 조회
forms-confirmation-rate-heading = 이 서비스 평가하기
forms-confirmation-rate-body = 의견을 내기가 얼마나 쉬웠는지 담당 부서에 알려 주십시오. 1분이면 됩니다.
forms-confirmation-rate-link = 이 서비스 평가하기
forms-confirmation-waiting-title = 신청이 전송을 기다리고 있습니다
forms-confirmation-waiting-body = 신청은 이 기기에 저장되어 있으며, 이 페이지를 닫더라도 인터넷에 연결되는 즉시 전송됩니다. 그때 접수번호가 여기에 표시됩니다.
forms-send-now = 지금 전송
forms-print = 이 페이지 인쇄 또는 저장

## Exit page

forms-exit-change-answer = 답변 수정

## Draft on this device

forms-draft-notice = 답변은 제출하실 때까지 최대 7일 동안 이 기기에 저장됩니다. 이 기기를 쓰는 사람은 누구나 볼 수 있습니다.
forms-draft-delete = 이 기기에서 내 답변 삭제
forms-draft-deleted = 답변이 이 기기에서 삭제되었습니다.
forms-draft-changed = 작성을 시작하신 뒤 이 서비스가 바뀌었습니다. 아직 맞는 답변은 남겨 두었습니다. 제출하기 전에 하나하나 확인하십시오.

## Information page: the same sections for every service

forms-info-what = 서비스 소개
forms-info-who = 신청 대상
forms-info-bring = 준비할 것
forms-info-fees = 비용
forms-info-time = 소요 시간
forms-info-apply = 신청 방법
forms-info-online = 온라인
forms-info-in-person = 방문
forms-info-phone = 전화
forms-unavailable-body = 온라인 양식을 쓰려면 JavaScript와 WebAssembly가 켜진 최신 브라우저가 필요합니다. 대신 방문하시거나 전화로 신청하실 수 있습니다.
forms-unavailable-back = 안내 페이지로 돌아가기
forms-info-contact = 문의처
forms-elder-suggestion = 이 서비스를 이용하는 분들은 대부분 어르신 모드를 켭니다. 글자와 버튼이 커지고 소리 내어 읽어 드립니다.
forms-elder-suggestion-button = 어르신 모드 켜기
forms-feedback-question = 이 페이지가 도움이 되었습니까?
forms-feedback-yes = 예
forms-feedback-no = 아니요
forms-feedback-thanks = 감사합니다. 답변 수만 집계하며, 귀하에 관한 정보는 아무것도 저장하지 않습니다.
forms-feedback-not-sent = 답변이 전송되지 않았습니다. 인터넷 연결을 확인하고 다시 시도하십시오.
forms-feedback-report = 이 페이지의 문제 알리기
