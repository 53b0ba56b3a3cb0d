### Pages every visit may need at once: home, service loading, page not found. Settings and
### statements have their own files, loaded with their pages.
### Status: written by the portal team.

## Home

home-title = Public services online
home-intro = Find out about public services and apply for them, in your own language, on any phone.
home-services-heading = Services

## Service

service-loading = Loading the service…
service-unavailable-title = This service is not available
service-unavailable-body = We could not load this service. Check your connection and try again, or call the hotline 12345.

## Page not found

not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you followed a link, it may be out of date.
not-found-home-link = Go to the home page

## Topics on the home page (ids in services/catalogue.toml)

topic-identity-residence = Identity and residence
topic-pensions-elderly-care = Pensions and elderly care
topic-business-investment = Business and investment
topic-consumer-rights = Consumer rights and product quality
topic-science-technology = Science and technology
topic-have-your-say = Have your say
home-search-label = Search for a service
home-search-button = Search
home-track-link = Follow an application you have sent
