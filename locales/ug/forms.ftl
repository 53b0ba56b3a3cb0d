### Forms: what every service's pages share: buttons, links, errors, the check answers page,
### the confirmation and the draft kept on the device. Loaded when a service is opened.
### Status: draft translation, needs review by a native speaker.

forms-start-now = ھازىر باشلاش
forms-continue = داۋاملاشتۇرۇش
forms-back = قايتىش
forms-optional = (ئىختىيارىي)
forms-error-summary-title = بىر مەسىلە بار
forms-error-prefix = خاتالىق:
forms-error-title = خاتالىق: { $title }
forms-error-required = جاۋاب يېزىڭ
forms-error-required-choice = بىر جاۋاب تاللاڭ
forms-error-required-checkboxes = كەم دېگەندە بىرنى تاللاڭ
forms-error-required-date = چېسلا كىرگۈزۈڭ، مەسىلەن 1957-يىلى 3-ئاينىڭ 27-كۈنى
forms-error-wrong-shape = بۇ جاۋابنى ئوقۇغىلى بولمىدى. قايتا كىرگۈزۈڭ
forms-error-too-long = { $max } ھەرپ ياكى ئۇنىڭدىن ئاز يېزىڭ
forms-error-too-long-to-send = بۇ جاۋاب يوللاشقا بەك ئۇزۇن. ئۇنى قىسقارتىڭ ياكى كۆپ تەكرارلانغان بوشلۇق ۋە بەلگىلەرنى ئۆچۈرۈڭ
forms-error-hidden-characters = بۇ جاۋابتا كۆرۈنمەيدىغان فورمات ھەرپلىرى بار، ئادەتتە باشقا يەردىن كۆچۈرۈپ چاپلىغاندا كىرىپ قالىدۇ. چاپلىماي، قايتا يېزىڭ
forms-error-not-a-number = سان كىرگۈزۈڭ، مەسىلەن 12
forms-error-not-a-whole-number = پۈتۈن سان كىرگۈزۈڭ، مەسىلەن 12
forms-error-too-many-decimal-places = ئونلۇق چېكىتتىن كېيىن ئەڭ كۆپ بولغاندا { $places } خانە بولسۇن
forms-error-below-minimum = { $min } ياكى ئۇنىڭدىن چوڭ سان كىرگۈزۈڭ
forms-error-above-maximum = { $max } ياكى ئۇنىڭدىن كىچىك سان كىرگۈزۈڭ
forms-error-date-incomplete = يىل، ئاي ۋە كۈننى تولدۇرۇڭ
forms-error-date-not-real = ھەقىقىي چېسلا كىرگۈزۈڭ، مەسىلەن 1957-يىلى 3-ئاينىڭ 27-كۈنى
forms-error-date-in-future = بۈگۈن ياكى ئۇنىڭدىن بۇرۇنقى چېسلانى كىرگۈزۈڭ
forms-error-date-in-past = بۈگۈن ياكى ئۇنىڭدىن كېيىنكى چېسلانى كىرگۈزۈڭ
forms-error-too-young = بۇ مۇلازىمەتنى ئىشلىتىش ئۈچۈن كەم دېگەندە { $min } ياشقا توشقان بولۇشىڭىز كېرەك
forms-error-too-old = { $max } يىلدىن ئاز بولغان تۇغۇلغان چېسلانى كىرگۈزۈڭ
forms-error-not-an-option = تاللانمىلاردىن بىرنى تاللاڭ
forms-error-exclusive-with-others = «ھېچقايسىسى يوق» نى يالغۇز تاللاڭ ياكى ئۇنى بىكار قىلىڭ
forms-error-email-invalid = ئېلخەت ئادرېسىنى توغرا شەكىلدە كىرگۈزۈڭ، مەسىلەن name@example.com
forms-error-mobile-number-invalid = 11 خانىلىق يانفون نومۇرىنى كىرگۈزۈڭ، مەسىلەن 138 0013 8000
forms-error-resident-id-length = كىملىك نومۇرىنىڭ 18 خانىسىنىڭ ھەممىسىنى كىرگۈزۈڭ
forms-error-resident-id-characters = كىملىك نومۇرىنى پەقەت رەقەم بىلەن كىرگۈزۈڭ؛ ئاخىرقى خانىسى X بولۇشى مۇمكىن
forms-error-resident-id-check-digit = كىملىك نومۇرىنى تەكشۈرۈڭ: بىر خانىسى خاتا
forms-error-resident-id-birth-date = كىملىك نومۇرىنى تەكشۈرۈڭ: 7-خانىدىن 14-خانىغىچە ھەقىقىي تۇغۇلغان چېسلا بولۇشى كېرەك
forms-error-resident-id-does-not-match-date-of-birth = كىملىك نومۇرىدىكى تۇغۇلغان چېسلا سىز بەرگەن تۇغۇلغان چېسلا بىلەن ئوخشاش ئەمەس. ھەر ئىككىسىنى تەكشۈرۈڭ
forms-error-postcode-invalid = 6 خانىلىق پوچتا نومۇرىنى كىرگۈزۈڭ، مەسىلەن 830000
forms-error-name-invalid = ئىسمىڭىزنى سان ياكى بەلگە ئىشلەتمەي كىرگۈزۈڭ
forms-date-day = كۈن
forms-date-month = ئاي
forms-date-year = يىل
forms-yes = ھەئە
forms-no = ياق
forms-select-choose = بىر جاۋاب تاللاڭ
forms-checkboxes-or = ياكى
forms-character-count-remaining = يەنە { $remaining } ھەرپ يازالايسىز
forms-character-count-over = { $over } ھەرپ ئېشىپ كەتتى
forms-check-answers-title = يوللاشتىن بۇرۇن جاۋابلىرىڭىزنى تەكشۈرۈڭ
forms-check-answers-change = ئۆزگەرتىش
forms-check-answers-not-answered = جاۋاب بېرىلمىگەن
forms-declaration-heading = ئەمدى ئىلتىماسىڭىزنى يوللاڭ
forms-send = قوشۇلۇپ يوللاش
forms-sending = يوللىنىۋاتىدۇ…
forms-storage-full = بۇ ئۈسكۈنىنىڭ ساقلاش بوشلۇقى توشۇپ قالغان ياكى چەكلەنگەن بولغاچقا، ئىلتىماسىڭىزنى ساقلىغىلى بولمىدى. جاۋابلىرىڭىز يەنىلا بۇ بەتتە: قايتا سىناڭ ياكى ئالدى بىلەن تېلېفونىڭىزدا بوشلۇق بىكارلاڭ.
forms-send-rejected = ئىلتىماسنى يوللاشتىن بۇرۇن بەزى جاۋابلارنى تەكشۈرۈش كېرەك.
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
forms-send-already-sent = بۇ ئىلتىماس بۇ ئۈسكۈنىدىن باشقا جاۋابلار بىلەن يوللىنىپ بولغان، شۇڭا بۇ جاۋابلار يوللانمىدى. قوبۇل قىلىش نومۇرى { $reference }. ئۆزگەرتمەكچى بولسىڭىز، 12345 قىزىق لىنىيەگە تېلېفون قىلىڭ.
forms-send-already-sent-no-reference = بۇ ئىلتىماس بۇ ئۈسكۈنىدىن باشقا جاۋابلار بىلەن يوللىنىپ بولغان، شۇڭا بۇ جاۋابلار يوللانمىدى. ئۆزگەرتمەكچى بولسىڭىز، 12345 قىزىق لىنىيەگە تېلېفون قىلىڭ.
# Variables:
#   $status (Number) - the server's status code, for the helpline
forms-send-refused = مۇلازىمەت بۇ ئىلتىماسنى قوبۇل قىلالمىدى (كود { $status }). جاۋابلىرىڭىز بۇ بەتتە ساقلاندى. كېيىن قايتا سىناڭ ياكى 12345 قىزىق لىنىيەگە تېلېفون قىلىڭ.
forms-confirmation-title = ئىلتىماس يوللاندى
forms-confirmation-reference = قوبۇل قىلىش نومۇرىڭىز
forms-confirmation-next-heading = كېيىنكى قەدەم
forms-confirmation-secret = سۈرۈشتۈرۈش كودىڭىز
forms-confirmation-track-heading = ئىلتىماسىڭىزنىڭ ئەھۋالىنى سۈرۈشتۈرۈش
forms-confirmation-track-body = نومۇر ۋە سۈرۈشتۈرۈش كودى ئارقىلىق ئىلتىماسىڭىزنىڭ ئەھۋالىنى كۆرەلەيسىز، تارماقنىڭ سىزگە يازغانلىرىنى ئوقۇيالايسىز، قارار چىقىرىلغاندىن كېيىن مۇلازىمەتكە باھا بېرەلەيسىز. ھەر ئىككىسى بۇ تېلېفوندا ساقلاندى؛ باشقا ئۈسكۈنە ئىشلىتىشىڭىز مۇمكىن بولسا، ئۇلارنى يېزىۋېلىڭ.
forms-confirmation-track-link = ئىلتىماسىڭىزنىڭ ئەھۋالىنى سۈرۈشتۈرۈش
forms-confirmation-rate-heading = بۇ مۇلازىمەتكە باھا بېرىڭ
forms-confirmation-rate-body = پىكرىڭىزنى بېرىشنىڭ قانچىلىك ئاسان بولغانلىقىنى تارماققا ئېيتىپ بېرىڭ. بىر مىنۇتلا ۋاقىت كېتىدۇ.
forms-confirmation-rate-link = بۇ مۇلازىمەتكە باھا بېرىڭ
forms-confirmation-waiting-title = ئىلتىماسىڭىز ئەۋەتىلىشنى ساقلاۋاتىدۇ
forms-confirmation-waiting-body = ئۇ بۇ ئۈسكۈنىدە ساقلاندى، بۇ بەتنى تاقىۋەتسىڭىزمۇ تورغا ئۇلانغان ھامان ئەۋەتىلىدۇ. ئۇ چاغدا قوبۇل قىلىش نومۇرىڭىز بۇ يەردە كۆرۈنىدۇ.
forms-send-now = ھازىر ئەۋەتىش
forms-print = بۇ بەتنى بېسىش ياكى ساقلاش
forms-exit-change-answer = جاۋابىڭىزنى ئۆزگەرتىش
forms-draft-notice = يوللىغۇچە جاۋابلىرىڭىز بۇ ئۈسكۈنىدە ئەڭ ئۇزۇن 7 كۈن ساقلىنىدۇ. بۇ ئۈسكۈنىنى ئىشلەتكەن ھەر قانداق ئادەم ئۇلارنى كۆرەلەيدۇ.
forms-draft-delete = جاۋابلىرىمنى بۇ ئۈسكۈنىدىن ئۆچۈرۈش
forms-draft-deleted = جاۋابلىرىڭىز بۇ ئۈسكۈنىدىن ئۆچۈرۈلدى.
forms-draft-changed = سىز تولدۇرۇشقا باشلىغاندىن كېيىن بۇ مۇلازىمەت ئۆزگەردى. ماس كېلىدىغان جاۋابلارنى ساقلاپ قالدۇق. ئەۋەتىشتىن بۇرۇن ھەر بىرىنى تەكشۈرۈڭ.

## Information page: the same sections for every service

forms-info-what = بۇ قانداق مۇلازىمەت
forms-info-who = كىم ئىلتىماس قىلالايدۇ
forms-info-bring = نېمە تەييارلاش كېرەك
forms-info-fees = ھەق
forms-info-time = قانچىلىك ۋاقىت كېتىدۇ
forms-info-apply = قانداق ئىلتىماس قىلىش
forms-info-online = تور ئارقىلىق
forms-info-in-person = نەق مەيداندا
forms-info-phone = تېلېفون ئارقىلىق
forms-unavailable-body = تور جەدۋىلىگە JavaScript ۋە WebAssembly ئېچىلغان يېڭىراق توركۆرگۈ كېرەك. ئۇنىڭ ئورنىغا ئۆزىڭىز بېرىپ ياكى تېلېفون ئارقىلىق ئىلتىماس قىلالايسىز.
forms-unavailable-back = چۈشەندۈرۈش بېتىگە قايتىش
forms-info-contact = ئالاقىلىشىش
forms-elder-suggestion = بۇ مۇلازىمەتنى ئىشلىتىدىغانلارنىڭ كۆپىنچىسى ياشانغانلار ھالىتىنى ئاچىدۇ: خەت چوڭ، كۇنۇپكا چوڭ، ئاۋازلىق ئوقۇش بار.
forms-elder-suggestion-button = ياشانغانلار ھالىتىنى ئېچىش
forms-feedback-question = بۇ بەت سىزگە پايدىلىق بولدىمۇ؟
forms-feedback-yes = ھەئە
forms-feedback-no = ياق
forms-feedback-thanks = رەھمەت. بىز پەقەت جاۋاب سانىنىلا ھېسابلايمىز؛ سىز ھەققىدىكى ھېچقانداق ئۇچۇر ساقلانمايدۇ.
forms-feedback-not-sent = جاۋابىڭىز ئەۋەتىلمىدى. تور ئۇلىنىشىنى تەكشۈرۈپ قايتا سىناڭ.
forms-feedback-report = بۇ بەتتىكى مەسىلىنى بىزگە ئېيتىڭ
