### The search page, loaded with it.
### Status: written by the portal team.

search-title = Search for a service
search-label = What are you looking for?
search-hint = For example: ID card, pension, complaint. In Chinese you can also type pinyin, like sfz.
search-button = Search
search-results = { $count ->
    [0] No services found
    [one] 1 service found
   *[other] { $count } services found
}
search-nothing-found = Check the spelling, try other words, or look through the list of services on the home page.
search-all-services = All services
