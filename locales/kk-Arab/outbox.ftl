### Applications waiting on this device to be sent, listed on the home page. Loaded only when
### one waits.
### Status: draft translation, needs review by a native speaker.

outbox-heading = جىبەرىلۋدى كۇتىپ تۇرعاندار
outbox-waiting-body = بۇل وتىنىشتەر وسى اسپاپتا ساقتالعان. تورعا قوسىلعان بويدا جىبەرىلەدى.
outbox-send-now = قازىر جىبەرۋ
outbox-sending = جىبەرىلۋدە…
outbox-delete = ٴوشىرۋ
outbox-delete-confirm = بۇل ٴوتىنىش جىبەرىلمەگەن. ونى وشىرسەڭىز، مەكەمە ونى المايدى جانە جاۋاپتارىڭىز وسى اسپاپتان جويىلادى.
outbox-delete-yes = ٴيا، ٴوشىرۋ
outbox-delete-keep = جوق، ساقتاۋ
outbox-deleted = ٴوتىنىش وسى اسپاپتان ٴوشىرىلدى. ول جىبەرىلمەدى.
outbox-refused = قابىلدانبادى: كەيبىر جاۋاپتاردى تۇزەتۋ كەرەك. ەشتەڭە جوعالعان جوق.
outbox-correct = جاۋاپتاردى تۇزەتۋ
outbox-refused-busy = ٴسىز بۇل قىزمەتتى وسى اسپاپتا قايتا باستادىڭىز. الدىمەن سول جاۋاپتاردى جىبەرىڭىز نە ٴوشىرىڭىز، سودان كەيىن بۇل ٴوتىنىشتى تۇزەتىڭىز.
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
outbox-already-sent = جىبەرىلمەدى: وسى اسپاپتان باسقا جاۋاپتارى بار ٴوتىنىش بۇرىن جىبەرىلگەن، قابىلداۋ ٴنومىرى { $reference }. بۇل جاۋاپتاردى وشىرە الاسىز.
outbox-already-sent-no-reference = جىبەرىلمەدى: وسى اسپاپتان باسقا جاۋاپتارى بار ٴوتىنىش بۇرىن جىبەرىلگەن. بۇل جاۋاپتاردى وشىرە الاسىز.
