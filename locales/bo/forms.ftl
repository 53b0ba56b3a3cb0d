### Forms: what every service's pages share: buttons, links, errors, the check answers page,
### the confirmation and the draft kept on the device. Loaded when a service is opened.
### Status: draft translation, needs review by a native speaker.

forms-start-now = ད་ལྟ་འགོ་འཛུགས།
forms-continue = མུ་མཐུད།
forms-back = ཕྱིར་ལོག
forms-optional = (འདེམས་ཆོག)
forms-error-summary-title = དཀའ་ངལ་ཞིག་འདུག
forms-error-prefix = ནོར་འཁྲུལ།
forms-error-title = ནོར་འཁྲུལ། { $title }
forms-error-required = ལན་འབྲི་རོགས།
forms-error-required-choice = ལན་གཅིག་འདེམས་རོགས།
forms-error-required-checkboxes = ཉུང་མཐར་གཅིག་འདེམས་རོགས།
forms-error-required-date = ཚེས་གྲངས་འབྲི་རོགས། དཔེར་ན། 1957 ལོའི་ཟླ་ 3 ཚེས་ 27
forms-error-wrong-shape = ལན་འདི་ཀློག་མ་ཐུབ། ཡང་བསྐྱར་འབྲི་རོགས།
forms-error-too-long = ཡིག་འབྲུ་ { $max } ལས་མི་མང་བ་འབྲི་རོགས།
forms-error-too-long-to-send = ལན་འདི་རིང་དྲགས་པས་བསྐུར་མི་ཐུབ། ཐུང་དུ་གཏོང་བའམ། ཡང་ཡང་བྱུང་བའི་བར་སྟོང་དང་མཚོན་རྟགས་སུབ་རོགས།
forms-error-hidden-characters = ལན་འདིའི་ནང་མིག་གིས་མི་མཐོང་བའི་རྣམ་གཞག་ཡིག་རྟགས་ཡོད། དེ་ནི་ས་གནས་གཞན་ནས་པར་སློག་བྱས་སྐབས་ཡོང་སྲིད། སྦྱར་མ་བྱས་པར་ཡང་བསྐྱར་འབྲི་རོགས།
forms-error-not-a-number = ཨང་གྲངས་འབྲི་རོགས། དཔེར་ན། 12
forms-error-not-a-whole-number = ཧྲིལ་གྲངས་འབྲི་རོགས། དཔེར་ན། 12
forms-error-too-many-decimal-places = ཚག་ཕྲེང་རྗེས་ཀྱི་ཨང་གྲངས་ { $places } ལས་མི་མང་བ་དགོས།
forms-error-below-minimum = { $min } དང་དེ་ལས་ཆེ་བའི་ཨང་གྲངས་འབྲི་རོགས།
forms-error-above-maximum = { $max } དང་དེ་ལས་ཆུང་བའི་ཨང་གྲངས་འབྲི་རོགས།
forms-error-date-incomplete = ལོ་དང་ཟླ་བ། ཚེས་གྲངས་བཅས་འབྲི་རོགས།
forms-error-date-not-real = ཚེས་གྲངས་དངོས་འབྲི་རོགས། དཔེར་ན། 1957 ལོའི་ཟླ་ 3 ཚེས་ 27
forms-error-date-in-future = དེ་རིང་ངམ་དེའི་སྔོན་གྱི་ཚེས་གྲངས་འབྲི་རོགས།
forms-error-date-in-past = དེ་རིང་ངམ་དེའི་རྗེས་ཀྱི་ཚེས་གྲངས་འབྲི་རོགས།
forms-error-too-young = ཞབས་ཞུ་འདི་བེད་སྤྱོད་བྱེད་པར་ལོ་ { $min } ལོན་དགོས།
forms-error-too-old = ལོ་ { $max } ནང་གི་སྐྱེས་ཚེས་འབྲི་རོགས།
forms-error-not-an-option = འདེམས་ཚན་ཁྲོད་ནས་གཅིག་འདེམས་རོགས།
forms-error-exclusive-with-others = “གང་ཡང་མེད།” ཁེར་རྐྱང་འདེམས་པའམ། ཡང་ན་དེ་མི་འདེམས།
forms-error-email-invalid = གློག་འཕྲིན་ཁ་བྱང་ཚུལ་མཐུན་འབྲི་རོགས། དཔེར་ན། name@example.com
forms-error-mobile-number-invalid = ཨང་གྲངས་ 11 ཡོད་པའི་ལག་ཐོགས་ཁ་པར་ཨང་གྲངས་འབྲི་རོགས། དཔེར་ན། 138 0013 8000
forms-error-resident-id-length = ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ཀྱི་ཡིག་རྟགས་ 18 ཆ་ཚང་འབྲི་རོགས།
forms-error-resident-id-characters = ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ཨང་གྲངས་ཁོ་ནས་འབྲི་རོགས། མཐའ་མ་ X ཡིན་སྲིད།
forms-error-resident-id-check-digit = ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ཞིབ་བཤེར་བྱེད་རོགས། ཡིག་རྟགས་གཅིག་ནོར་འདུག
forms-error-resident-id-birth-date = ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ཞིབ་བཤེར་བྱེད་རོགས། ཡིག་རྟགས་ 7 ནས་ 14 བར་སྐྱེས་ཚེས་དངོས་ཡིན་དགོས།
forms-error-resident-id-does-not-match-date-of-birth = ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ནང་གི་སྐྱེས་ཚེས་དང་ཁྱེད་ཀྱིས་བྲིས་པའི་སྐྱེས་ཚེས་མི་མཐུན། གཉིས་ཀ་ཞིབ་བཤེར་བྱེད་རོགས།
forms-error-postcode-invalid = ཨང་གྲངས་ 6 ཡོད་པའི་སྦྲག་ཨང་འབྲི་རོགས། དཔེར་ན། 850000
forms-error-name-invalid = མིང་ནང་ཨང་གྲངས་དང་མཚོན་རྟགས་མ་འབྲི།
forms-date-day = ཚེས།
forms-date-month = ཟླ།
forms-date-year = ལོ།
forms-yes = ཡིན།
forms-no = མིན།
forms-select-choose = འདེམས་རོགས།
forms-checkboxes-or = ཡང་ན།
forms-character-count-remaining = ད་དུང་ཡིག་འབྲུ་ { $remaining } འབྲི་ཆོག
forms-character-count-over = ཡིག་འབྲུ་ { $over } མང་དྲགས་འདུག
forms-check-answers-title = མ་བསྐུར་གོང་ཁྱེད་ཀྱི་ལན་ཞིབ་བཤེར་བྱེད་རོགས།
forms-check-answers-change = བཟོ་བཅོས།
forms-check-answers-not-answered = ལན་མ་བྲིས།
forms-declaration-heading = ད་ཁྱེད་ཀྱི་རེ་ཞུ་བསྐུར།
forms-send = མོས་མཐུན་བྱས་ནས་བསྐུར།
forms-sending = བསྐུར་བཞིན་པ།…
forms-storage-full = སྒྲིག་ཆས་འདིའི་ཉར་ཚགས་བར་སྟོང་ཁེངས་པའམ་བཀག་པས་ཁྱེད་ཀྱི་རེ་ཞུ་ཉར་མ་ཐུབ། ཁྱེད་ཀྱི་ལན་ད་དུང་ཤོག་ངོས་འདིར་ཡོད། ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་པའམ། སྔོན་ལ་ཁ་པར་གྱི་བར་སྟོང་སྟོང་པ་བཟོ་རོགས།
forms-send-rejected = རེ་ཞུ་མ་བསྐུར་གོང་ལན་ཁ་ཤས་ཞིབ་བཤེར་བྱེད་དགོས།
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
forms-send-already-sent = རེ་ཞུ་འདི་སྒྲིག་ཆས་འདི་ནས་ལན་གཞན་དང་མཉམ་དུ་བསྐུར་ཟིན་པས། ལན་འདི་དག་མ་བསྐུར། དེའི་ལེན་འཛིན་ཨང་གྲངས་ནི་ { $reference } ཡིན། བཟོ་བཅོས་བྱེད་ན་ 12345 ལ་ཁ་པར་གཏོང་རོགས།
forms-send-already-sent-no-reference = རེ་ཞུ་འདི་སྒྲིག་ཆས་འདི་ནས་ལན་གཞན་དང་མཉམ་དུ་བསྐུར་ཟིན་པས། ལན་འདི་དག་མ་བསྐུར། བཟོ་བཅོས་བྱེད་ན་ 12345 ལ་ཁ་པར་གཏོང་རོགས།
# Variables:
#   $status (Number) - the server's status code, for the helpline
forms-send-refused = ཞབས་ཞུས་རེ་ཞུ་འདི་ལེན་མ་ཐུབ། (ཨང་རྟགས་ { $status }) ཁྱེད་ཀྱི་ལན་ཤོག་ངོས་འདིར་ཉར་ཡོད། རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་པའམ། 12345 ལ་ཁ་པར་གཏོང་རོགས།
forms-confirmation-title = རེ་ཞུ་བསྐུར་ཟིན།
forms-confirmation-reference = ཁྱེད་ཀྱི་ལེན་འཛིན་ཨང་གྲངས།
forms-confirmation-next-heading = རྗེས་མར་ཅི་ཞིག་འབྱུང་།
forms-confirmation-secret = ཁྱེད་ཀྱི་འཚོལ་ཨང་།
forms-confirmation-track-heading = ཞུ་ཡིག་གི་བྱ་རིམ་འཚོལ་བ།
forms-confirmation-track-body = ཨང་རྟགས་དང་འཚོལ་ཨང་བརྒྱུད་ཁྱེད་ཀྱི་ཞུ་ཡིག་གི་བྱ་རིམ་ལྟ་བ་དང་། ལས་ཁུངས་ཀྱི་གནས་ཚུལ་ཀློག་པ། ཐག་གཅོད་བྱས་རྗེས་ཞབས་ཞུར་དཔྱད་བརྗོད་བྱེད་ཆོག གཉིས་ཀ་ཁ་པར་འདིའི་ནང་ཉར་ཡོད། སྒྲིག་ཆས་གཞན་བེད་སྤྱོད་སྲིད་ན་ཟིན་བྲིས་གྱིས།
forms-confirmation-track-link = ཞུ་ཡིག་གི་བྱ་རིམ་འཚོལ་བ།
forms-confirmation-rate-heading = ཞབས་ཞུ་འདིར་དཔྱད་བརྗོད།
forms-confirmation-rate-body = ཁྱེད་ཀྱི་བསམ་འཆར་འབུལ་བ་ག་ཚོད་སླ་པོ་ཡོད་མེད་ལས་ཁུངས་ལ་ཞུ་རོགས། སྐར་མ་གཅིག་ལས་མི་དགོས།
forms-confirmation-rate-link = ཞབས་ཞུ་འདིར་དཔྱད་བརྗོད།
forms-confirmation-waiting-title = ཁྱེད་ཀྱི་རེ་ཞུ་བསྐུར་རྒྱུར་སྒུག་བཞིན་པ།
forms-confirmation-waiting-body = དེ་སྒྲིག་ཆས་འདིའི་ནང་ཉར་ཡོད། ཁྱེད་ཀྱིས་ཤོག་ངོས་འདི་བཀག་ཀྱང་དྲ་རྒྱར་འབྲེལ་མ་ཐག་བསྐུར་རྒྱུ་ཡིན། དེ་དུས་ཁྱེད་ཀྱི་ལེན་འཛིན་ཨང་གྲངས་འདིར་མངོན།
forms-send-now = ད་ལྟ་བསྐུར།
forms-print = ཤོག་ངོས་འདི་པར་སྐྲུན་ནམ་ཉར་ཚགས།
forms-exit-change-answer = ཁྱེད་ཀྱི་ལན་བཟོ་བཅོས།
forms-draft-notice = ཁྱེད་ཀྱིས་མ་བསྐུར་བར་དུ་ཁྱེད་ཀྱི་ལན་སྒྲིག་ཆས་འདིའི་ནང་ཉིན་ 7 བར་ཉར་ཚགས་བྱེད། སྒྲིག་ཆས་འདི་བེད་སྤྱོད་མཁན་ཚང་མས་མཐོང་ཐུབ།
forms-draft-delete = ངའི་ལན་སྒྲིག་ཆས་འདི་ནས་བསུབ།
forms-draft-deleted = ཁྱེད་ཀྱི་ལན་སྒྲིག་ཆས་འདི་ནས་བསུབས་ཟིན།
forms-draft-changed = ཁྱེད་ཀྱིས་འགོ་བཙུགས་རྗེས་ཞབས་ཞུ་འདི་ལ་འགྱུར་བ་བྱུང་། ད་དུང་འཚམ་པའི་ལན་རྣམས་ཉར་ཡོད། མ་བསྐུར་གོང་རེ་རེ་བཞིན་ཞིབ་བཤེར་གནང་རོགས།

## Information page: the same sections for every service

forms-info-what = ཞབས་ཞུ་འདི་ཅི་ཞིག་ཡིན།
forms-info-who = སུས་ཞུ་ཐུབ།
forms-info-bring = ཅི་ཞིག་གྲ་སྒྲིག་བྱེད་དགོས།
forms-info-fees = གླ་ཆ།
forms-info-time = དུས་ཚོད་ག་ཚོད་འགོར།
forms-info-apply = ཇི་ལྟར་ཞུ་དགོས།
forms-info-online = དྲ་ཐོག་ནས།
forms-info-in-person = ལས་ཁུངས་སུ་ཕེབས་ནས།
forms-info-phone = ཁ་པར་བརྒྱུད་ནས།
forms-unavailable-body = དྲ་ཐོག་གི་རེ་འདུན་ཤོག་བྱང་ལ་ JavaScript དང་ WebAssembly ཁ་ཕྱེ་བའི་བལྟ་ཆས་གསར་བ་དགོས། དེའི་ཚབ་ཏུ་ཐད་ཀར་ཕེབས་པའམ་ཁ་པར་བརྒྱུད་ནས་རེ་ཞུ་ཕུལ་ཆོག
forms-unavailable-back = ཞབས་ཞུའི་གསལ་བཤད་ཤོག་ངོས་སུ་ཕྱིར་ལོག
forms-info-contact = འབྲེལ་གཏུག
forms-elder-suggestion = ཞབས་ཞུ་འདི་བེད་སྤྱོད་མཁན་མང་ཆེ་བས་རྒན་པོའི་རྣམ་པ་ཁ་ཕྱེ་གི་ཡོད། ཡི་གེ་ཆེ་བ། མཐེབ་གཅུས་ཆེ་བ། སྐད་སྒྲས་ཀློག་པ།
forms-elder-suggestion-button = རྒན་པོའི་རྣམ་པ་ཁ་ཕྱེ།
forms-feedback-question = ཤོག་ངོས་འདི་ཕན་ཐོགས་བྱུང་ངམ།
forms-feedback-yes = བྱུང་།
forms-feedback-no = མ་བྱུང་།
forms-feedback-thanks = ཐུགས་རྗེ་ཆེ། ང་ཚོས་ལན་གྱི་གྲངས་ཀ་ཁོ་ན་རྩིས་ཀྱི་ཡོད། ཁྱེད་ཀྱི་ཆ་འཕྲིན་གང་ཡང་ཉར་གྱི་མེད།
forms-feedback-not-sent = ཁྱེད་ཀྱི་ལན་བསྐུར་མ་ཐུབ། དྲ་རྒྱ་ལ་བརྟག་དཔྱད་བྱས་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་།
forms-feedback-report = ཤོག་ངོས་འདིའི་དཀའ་ངལ་ང་ཚོར་ཞུ།
