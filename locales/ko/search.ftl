### The search page, loaded with it.
### Status: draft translation, needs review by a native speaker.

search-title = 서비스 검색
search-label = 무엇을 찾으십니까?
search-hint = 예: 신분증, 양로금, 신고.
search-button = 검색
search-results = { $count ->
    [0] 찾은 서비스가 없습니다
   *[other] 서비스 { $count }개를 찾았습니다
}
search-nothing-found = 철자를 확인하시거나 다른 낱말로 검색해 보십시오. 홈의 서비스 목록에서 찾으셔도 됩니다.
search-all-services = 전체 서비스
