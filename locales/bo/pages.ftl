### Pages every visit may need at once: home, service loading, page not found. Settings and
### statements have their own files, loaded with their pages.
### Status: draft translation, needs review by a native speaker.

## Home

home-title = དྲ་ཐོག་གི་སྤྱི་པའི་ཞབས་ཞུ།
home-intro = ཁྱེད་རང་གི་སྐད་ཡིག་ཐོག་ཁ་པར་གང་རུང་ནས་སྤྱི་པའི་ཞབས་ཞུའི་སྐོར་ཤེས་པ་དང་ཞུ་འཛིན་བྱེད་ཐུབ།
home-services-heading = ཞབས་ཞུ།

## Service

service-loading = ཞབས་ཞུ་ཕབ་ལེན་བྱེད་བཞིན་པ།…
service-unavailable-title = ཞབས་ཞུ་འདི་བེད་སྤྱོད་བྱེད་མི་ཐུབ།
service-unavailable-body = ཞབས་ཞུ་འདི་ཕབ་ལེན་བྱེད་མ་ཐུབ། དྲ་རྒྱའི་འབྲེལ་མཐུད་ཞིབ་བཤེར་བྱས་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་པའམ། ཁ་པར་ 12345 ལ་ཁ་པར་གཏོང་རོགས།

## Page not found

not-found-title = ཤོག་ངོས་རྙེད་མ་སོང་།
not-found-body = དྲ་ཚིགས་ཀྱི་ཁ་བྱང་ཁྱེད་རང་གིས་བཅུག་པ་ཡིན་ན། དེ་ཡང་དག་ཡིན་མིན་ཞིབ་བཤེར་བྱེད། སྦྲེལ་ཐག་བརྒྱུད་ནས་ཡོང་བ་ཡིན་ན། དེ་དུས་ཡོལ་བ་ཡིན་སྲིད།
not-found-home-link = གཙོ་ངོས་སུ་ལོག

## Topics on the home page (ids in services/catalogue.toml)

topic-identity-residence = ཐོབ་ཐང་ལག་ཁྱེར་དང་ཐེམ་ཐོ།
topic-pensions-elderly-care = གསོ་ཕོགས་དང་རྒན་གསོ།
topic-business-investment = ཚོང་ལས་དང་མ་རྩ།
topic-consumer-rights = ཉོ་མཁན་གྱི་ཐོབ་ཐང་དང་ཐོན་རྫས་སྤུས་ཚད།
topic-science-technology = ཚན་རིག་ལག་རྩལ།
topic-have-your-say = བསམ་འཆར་སྤྲོད།
home-search-label = ཞབས་ཞུ་འཚོལ།
home-search-button = འཚོལ།
home-track-link = བསྐུར་ཟིན་པའི་ཞུ་ཡིག་གི་བྱ་རིམ་འཚོལ་བ།
