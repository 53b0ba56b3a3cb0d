### Display settings page: text size, elder mode, contrast, spacing, motion. Loaded with that page.
### Status: draft translation, needs review by a native speaker.

settings-title = 화면 설정
settings-intro = 이 기기에서 사이트가 보이는 방식을 바꿉니다. 변경 사항은 바로 적용됩니다.
settings-text-size-legend = 글자 크기
settings-text-size-standard = 표준
settings-text-size-large = 크게
settings-text-size-larger = 더 크게
settings-text-size-largest = 가장 크게
settings-options-legend = 사이트를 더 쉽게 이용하는 다른 방법
settings-elder-label = 어르신 모드
settings-elder-hint = 글자와 버튼이 더 크고 간격이 더 넓으며, 모든 내용이 한 단으로 배치됩니다. 모든 페이지 위쪽의 버튼으로도 켤 수 있습니다.
settings-contrast-label = 고대비
settings-contrast-hint = 흰 바탕에 검은 글자, 더 진한 링크와 버튼으로 표시합니다. 선택하지 않으면 기기의 대비 설정을 따릅니다.
settings-spacing-label = 줄, 단어, 글자 사이 간격 넓히기
settings-spacing-hint = 긴 글을 읽기 쉬워집니다.
settings-motion-label = 움직임 줄이기
settings-motion-hint = 페이지에서 움직이거나 미끄러지는 것이 없어집니다. 선택하지 않으면 기기의 설정을 따릅니다.
settings-save = 이 설정 저장
settings-reset = 표준 화면으로 되돌리기
settings-saved = 화면 설정이 이 기기에 저장되었습니다.
settings-stored-notice = 이 설정은 이 휴대폰이나 컴퓨터에만 저장되며, 저희에게 전송되지 않습니다.
