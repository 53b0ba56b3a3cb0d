### 搜索页，随页面加载。
### 状态：由门户团队撰写。

search-title = 搜索服务
search-label = 您要找什么？
search-hint = 例如：身份证、养老金、投诉。也可以输入拼音或拼音首字母，例如 sfz。
search-button = 搜索
search-results = { $count ->
    [0] 没有找到服务
   *[other] 找到 { $count } 项服务
}
search-nothing-found = 请检查输入，换个说法，或者在首页的服务列表中查找。
search-all-services = 全部服务
