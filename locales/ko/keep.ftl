### "Keep on this phone": a whole service on its information page, or everything on the
### display settings page, downloaded on request for use without a connection.
### Status: draft translation, needs review by a native speaker.

keep-service-heading = 인터넷 연결 없이 이 서비스 이용하기
keep-service-body = 신호가 없는 곳에 가십니까? 먼저 이 서비스를 휴대폰에 저장해 두십시오. 그러면 오프라인에서 작성할 수 있고, 다시 연결되면 전송됩니다.
keep-service-button = 이 서비스를 휴대폰에 저장
keep-everything-heading = 인터넷 연결 없이 사이트 전체 이용하기
keep-everything-body = 신호가 없는 곳에서도 이용할 수 있도록 이 사이트의 모든 서비스와 페이지를 지금 읽고 계신 언어로 휴대폰에 저장합니다.
keep-everything-button = 전체를 휴대폰에 저장
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-size = 약 { $size } KB를 다운로드합니다.
keep-save-data = 휴대폰이 데이터 절약 모드로 설정되어 있어, 이 사이트는 요청하지 않은 것은 다운로드하지 않습니다. 이 다운로드는 직접 선택하셔야만 진행됩니다.
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-confirm = { $size } KB 다운로드
keep-cancel = 취소
# Variables:
#   $done (Number) - files downloaded so far
#   $total (Number) - files to download
keep-progress = 다운로드 중: 파일 { $total }개 중 { $done }개
keep-done = 휴대폰에 저장되었습니다. 인터넷 연결 없이도 이용할 수 있습니다.
keep-remove = 휴대폰에서 삭제
keep-removed = 휴대폰에서 삭제되었습니다. 인터넷에 연결되어 있으면 계속 이용할 수 있습니다.
keep-failed = 다운로드가 끝나지 않았습니다. 연결이 끊겼을 수 있습니다. 다른 것은 바뀌지 않았습니다. 신호가 있을 때 다시 시도하십시오.
keep-retry = 다시 시도
keep-unavailable = 이 브라우저에서는 인터넷 연결 없이 이용하도록 사이트를 저장할 수 없습니다.
