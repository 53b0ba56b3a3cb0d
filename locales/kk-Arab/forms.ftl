### Forms: what every service's pages share: buttons, links, errors, the check answers page,
### the confirmation and the draft kept on the device. Loaded when a service is opened.
### Status: draft translation, needs review by a native speaker.

forms-start-now = قازىر باستاۋ
forms-continue = جالعاستىرۋ
forms-back = ارتقا
forms-optional = (مىندەتتى ەمەس)

## Errors

forms-error-summary-title = ٴبىر ماسەلە بار
# Read before each error message by screen readers; hidden on screen.
forms-error-prefix = قاتە:
# The page title while errors show.
# Variables:
#   $title (String) - the usual page title
forms-error-title = قاتە: { $title }
forms-error-required = جاۋاپ جازىڭىز
forms-error-required-choice = جاۋاپتى تاڭداڭىز
forms-error-required-checkboxes = كەمىندە ٴبىر نۇسقانى تاڭداڭىز
forms-error-required-date = كۇندى ەنگىزىڭىز، مىسالى 1957-جىلى 3-ايدىڭ 27-كۇنى
forms-error-wrong-shape = بۇل جاۋاپتى وقي المادىق. قايتا ەنگىزىڭىز
# Variables:
#   $max (Number) - the most characters allowed
forms-error-too-long = ەڭ كوپ دەگەندە { $max } تاڭبا ەنگىزىڭىز
forms-error-too-long-to-send = بۇل جاۋاپ جىبەرۋ ٴۇشىن تىم ۇزىن. ونى قىسقارتىڭىز نەمەسە كوپ قايتالانعان بوس ورىنداردى نە بەلگىلەردى الىپ تاستاڭىز
forms-error-hidden-characters = بۇل جاۋاپتا كورىنبەيتىن پىشىمدەۋ تاڭبالارى بار، ولار ٴماتىندى باسقا جەردەن كوشىرگەندە ىلەسىپ كەلۋى مۇمكىن. ونى جابىستىرماي، قايتا تەرىپ جازىڭىز
forms-error-not-a-number = سان ەنگىزىڭىز، مىسالى 12
forms-error-not-a-whole-number = ٴبۇتىن سان ەنگىزىڭىز، مىسالى 12
# Variables:
#   $places (Number) - the most digits allowed after the decimal point
forms-error-too-many-decimal-places = وندىق ۇتىردەن كەيىن { $places } تاڭبادان اسپايتىن سان ەنگىزىڭىز
# Variables:
#   $min (Number) - the lowest number allowed
forms-error-below-minimum = { $min } نەمەسە ودان ۇلكەن سان ەنگىزىڭىز
# Variables:
#   $max (Number) - the highest number allowed
forms-error-above-maximum = { $max } نەمەسە ودان كىشى سان ەنگىزىڭىز
forms-error-date-incomplete = كۇندى، ايدى جانە جىلدى ەنگىزىڭىز
forms-error-date-not-real = ناقتى كۇندى ەنگىزىڭىز، مىسالى 1957-جىلى 3-ايدىڭ 27-كۇنى
forms-error-date-in-future = بۇگىنگى نەمەسە ودان بۇرىنعى كۇندى ەنگىزىڭىز
forms-error-date-in-past = بۇگىنگى نەمەسە ودان كەيىنگى كۇندى ەنگىزىڭىز
# Variables:
#   $min (Number) - the youngest age allowed
forms-error-too-young = بۇل قىزمەتتى پايدالانۋ ٴۇشىن كەمىندە { $min } جاستا بولۋىڭىز كەرەك
# Variables:
#   $max (Number) - the oldest age allowed
forms-error-too-old = سوڭعى { $max } جىل ىشىندەگى تۋعان كۇندى ەنگىزىڭىز
forms-error-not-an-option = نۇسقالاردىڭ بىرەۋىن تاڭداڭىز
forms-error-exclusive-with-others = «بۇلاردىڭ ەشقايسىسى ەمەس» دەگەندى جالعىز تاڭداڭىز نەمەسە ونىڭ بەلگىسىن الىپ تاستاڭىز
forms-error-email-invalid = ەلەكتروندى پوشتا ادرەسىن دۇرىس پىشىمدە ەنگىزىڭىز، مىسالى name@example.com
forms-error-mobile-number-invalid = 11 تاڭبالى قول تەلەفون ٴنومىرىن ەنگىزىڭىز، مىسالى 138 0013 8000
forms-error-resident-id-length = كۋالىك ٴنومىرىنىڭ 18 تاڭباسىن تۇگەل ەنگىزىڭىز
forms-error-resident-id-characters = كۋالىك ٴنومىرىن تەك سانمەن ەنگىزىڭىز؛ سوڭعى تاڭباسى X بولۋى مۇمكىن
forms-error-resident-id-check-digit = كۋالىك ٴنومىرىن تەكسەرىڭىز: تاڭبالاردىڭ بىرەۋى قاتە
forms-error-resident-id-birth-date = كۋالىك ٴنومىرىن تەكسەرىڭىز: 7-دەن 14-كە دەيىنگى تاڭبالار ناقتى تۋعان كۇن بولۋى كەرەك
forms-error-resident-id-does-not-match-date-of-birth = كۋالىك نومىرىندەگى تۋعان كۇن ٴسىز كورسەتكەن تۋعان كۇنمەن سايكەس كەلمەيدى. ەكەۋىن دە تەكسەرىڭىز
forms-error-postcode-invalid = 6 تاڭبالى پوشتا كودىن ەنگىزىڭىز، مىسالى 100010
forms-error-name-invalid = اتىڭىزدى سان نەمەسە بەلگى قولدانباي ەنگىزىڭىز

## Fields

forms-date-day = كۇن
forms-date-month = اي
forms-date-year = جىل
forms-yes = ٴيا
forms-no = جوق
forms-select-choose = جاۋاپتى تاڭداڭىز
# Between the other options and “None of these”.
forms-checkboxes-or = نەمەسە
# Variables:
#   $remaining (Number) - characters still allowed
forms-character-count-remaining = { $remaining ->
   *[other] تاعى { $remaining } تاڭبا جازا الاسىز
}
# Variables:
#   $over (Number) - characters over the limit
forms-character-count-over = { $over ->
   *[other] { $over } تاڭبا ارتىق جازىلدى
}

## Check answers and sending

forms-check-answers-title = جىبەرمەس بۇرىن جاۋاپتارىڭىزدى تەكسەرىڭىز
forms-check-answers-change = وزگەرتۋ
forms-check-answers-not-answered = جاۋاپ بەرىلمەگەن
forms-declaration-heading = ەندى ٴوتىنىشىڭىزدى جىبەرىڭىز
forms-send = كەلىسىپ جىبەرۋ
forms-sending = جىبەرىلۋدە…
forms-storage-full = بۇل اسپاپتىڭ جادى تولىپ قالعاندىقتان نەمەسە بۇعاتتالعاندىقتان، ٴوتىنىشىڭىزدى وسى اسپاپتا ساقتاۋ مۇمكىن بولمادى. جاۋاپتارىڭىز ٴالى دە وسى بەتتە: قايتا كورىڭىز نەمەسە الدىمەن تەلەفونىڭىزدا ورىن بوساتىڭىز.
forms-send-rejected = ٴوتىنىشىڭىزدى جىبەرمەس بۇرىن كەيبىر جاۋاپتاردى تەكسەرۋ كەرەك.
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
forms-send-already-sent = بۇل ٴوتىنىش وسى اسپاپتان باسقا جاۋاپتارمەن بۇرىن جىبەرىلگەن، سوندىقتان بۇل جاۋاپتار جىبەرىلمەدى. ونىڭ قابىلداۋ ٴنومىرى: { $reference }. ونى وزگەرتۋ ٴۇشىن 12345 ىستىق جەلىسىنە قوڭىراۋ شالىڭىز.
forms-send-already-sent-no-reference = بۇل ٴوتىنىش وسى اسپاپتان باسقا جاۋاپتارمەن بۇرىن جىبەرىلگەن، سوندىقتان بۇل جاۋاپتار جىبەرىلمەدى. ونى وزگەرتۋ ٴۇشىن 12345 ىستىق جەلىسىنە قوڭىراۋ شالىڭىز.
# Variables:
#   $status (Number) - the server's status code, for the helpline
forms-send-refused = قىزمەت بۇل ٴوتىنىشتى قابىلداي المادى (كود { $status }). جاۋاپتارىڭىز وسى بەتتە ساقتالدى. كەيىنىرەك قايتا كورىڭىز نەمەسە 12345 ىستىق جەلىسىنە قوڭىراۋ شالىڭىز.

## Confirmation

forms-confirmation-title = ٴوتىنىش جىبەرىلدى
forms-confirmation-reference = قابىلداۋ ٴنومىرىڭىز
forms-confirmation-next-heading = ٴارى قاراي نە بولادى
forms-confirmation-secret = قاداعالاۋ كودىڭىز
forms-confirmation-track-heading = ٴوتىنىشىڭىزدىڭ بارىسىن قاداعالاۋ
forms-confirmation-track-body = قابىلداۋ ٴنومىرى مەن قاداعالاۋ كودى ارقىلى ٴوتىنىشىڭىزدىڭ قالاي قارالىپ جاتقانىن كورىپ، مەكەمەنىڭ سىزگە جازعانىن وقي الاسىز، ال شەشىم شىققان سوڭ قىزمەتكە باعا بەرە الاسىز. ەكەۋى دە وسى تەلەفوندا ساقتالادى؛ باسقا تەلەفون پايدالانۋىڭىز مۇمكىن بولسا، ولاردى جازىپ الىڭىز.
forms-confirmation-track-link = ٴوتىنىشىڭىزدىڭ بارىسىن قاداعالاۋ
forms-confirmation-rate-heading = بۇل قىزمەتكە باعا بەرىڭىز
forms-confirmation-rate-body = پىكىرىڭىزدى ٴبىلدىرۋدىڭ قانشالىقتى وڭاي بولعانىن مەكەمەگە ايتىڭىز. ٴبىر مينۋت قانا كەتەدى.
forms-confirmation-rate-link = بۇل قىزمەتكە باعا بەرۋ
forms-confirmation-waiting-title = ٴوتىنىشىڭىز جىبەرىلۋدى كۇتىپ تۇر
forms-confirmation-waiting-body = ول وسى اسپاپتا ساقتالدى جانە بۇل بەتتى جاپساڭىز دا، تورعا قوسىلعان بويدا جىبەرىلەدى. سوندا قابىلداۋ ٴنومىرىڭىز وسى جەردە كورىنەدى.
forms-send-now = قازىر جىبەرۋ
forms-print = بۇل بەتتى باسىپ شىعارۋ نەمەسە ساقتاۋ

## Exit page

forms-exit-change-answer = جاۋابىڭىزدى وزگەرتۋ

## Draft on this device

forms-draft-notice = جاۋاپتارىڭىز جىبەرىلگەنشە وسى اسپاپتا 7 كۇنگە دەيىن ساقتالادى. بۇل اسپاپتى پايدالاناتىن كەز كەلگەن ادام ولاردى كورە الادى.
forms-draft-delete = جاۋاپتارىمدى وسى اسپاپتان ٴوشىرۋ
forms-draft-deleted = جاۋاپتارىڭىز وسى اسپاپتان ٴوشىرىلدى.
forms-draft-changed = ٴسىز باستاعاننان بەرى بۇل قىزمەت وزگەردى. ٴالى دە سايكەس كەلەتىن جاۋاپتاردى ساقتاپ قالدىق. جىبەرمەس بۇرىن ٴاربىرىن تەكسەرىڭىز.

## Information page: the same sections for every service

forms-info-what = بۇل قانداي قىزمەت
forms-info-who = كىم ٴوتىنىش بەرە الادى
forms-info-bring = سىزگە نە كەرەك
forms-info-fees = اقى
forms-info-time = قانشا ۋاقىت كەتەدى
forms-info-apply = قالاي ٴوتىنىش بەرۋگە بولادى
forms-info-online = تور ارقىلى
forms-info-in-person = ٴوزىڭىز بارىپ
forms-info-phone = تەلەفون ارقىلى
forms-unavailable-body = تور ارقىلى تولتىرىلاتىن كەستەگە JavaScript جانە WebAssembly قوسۋلى تۇرعان جاڭاراق شولعىش كەرەك. ونىڭ ورنىنا ٴوزىڭىز بارىپ نەمەسە تەلەفون ارقىلى ٴوتىنىش بەرە الاسىز.
forms-unavailable-back = اقپارات بەتىنە قايتۋ
forms-info-contact = بايلانىس
forms-elder-suggestion = بۇل قىزمەتتى پايدالاناتىنداردىڭ كوبى قاريالار نۇسقاسىن قوسادى: ٴىرى ٴماتىن، ٴىرى تۇيمەلەر جانە داۋىستاپ وقۋ.
forms-elder-suggestion-button = قاريالار نۇسقاسىن قوسۋ
forms-feedback-question = بۇل بەت پايدالى بولدى ما؟
forms-feedback-yes = ٴيا
forms-feedback-no = جوق
forms-feedback-thanks = راقمەت. ٴبىز تەك جاۋاپتار سانىن ەسەپتەيمىز؛ ٴسىز تۋرالى ەشتەڭە ساقتالمايدى.
forms-feedback-not-sent = جاۋابىڭىز جىبەرىلمەدى. تورعا قوسىلۋىڭىزدى تەكسەرىپ، قايتا كورىڭىز.
forms-feedback-report = بۇل بەتتەگى ماسەلە تۋرالى بىزگە حابارلاڭىز
