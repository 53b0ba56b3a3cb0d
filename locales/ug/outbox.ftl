### Applications waiting on this device to be sent, listed on the home page. Loaded only when
### one waits.
### Status: draft translation, needs review by a native speaker.

outbox-heading = ئەۋەتىشنى ساقلاۋاتىدۇ
outbox-waiting-body = بۇ ئىلتىماسلار بۇ ئۈسكۈنىدە ساقلاندى. تورغا ئۇلانغان ھامان ئەۋەتىلىدۇ.
outbox-send-now = ھازىر ئەۋەتىش
outbox-sending = ئەۋەتىلىۋاتىدۇ…
outbox-delete = ئۆچۈرۈش
outbox-delete-confirm = بۇ ئىلتىماس تېخى ئەۋەتىلمىدى. ئۆچۈرسىڭىز، تارماق ئۇنى تاپشۇرۇۋالالمايدۇ ۋە جاۋابلىرىڭىز بۇ ئۈسكۈنىدىن ئۆچۈرۈلىدۇ.
outbox-delete-yes = ھەئە، ئۆچۈرۈلسۇن
outbox-delete-keep = ياق، ساقلاپ قالىمەن
outbox-deleted = ئىلتىماس بۇ ئۈسكۈنىدىن ئۆچۈرۈلدى. ئۇ ئەۋەتىلمىدى.
outbox-refused = قوبۇل قىلىنمىدى: بەزى جاۋابلارنى تۈزىتىش كېرەك. ھېچنېمە يوقالمىدى.
outbox-correct = جاۋابلارنى تۈزىتىش
outbox-refused-busy = بۇ ئۈسكۈنىدە بۇ مۇلازىمەتنى قايتا تولدۇرۇشقا باشلىدىڭىز. ئاۋۋال ئۇ جاۋابلارنى يوللاڭ ياكى ئۆچۈرۈڭ، ئاندىن بۇنى تۈزىتىڭ.
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
outbox-already-sent = يوللانمىدى: بۇ ئۈسكۈنىدىن باشقا جاۋابلىق بىر ئىلتىماس يوللىنىپ بولغان، قوبۇل قىلىش نومۇرى { $reference }. بۇ جاۋابلارنى ئۆچۈرەلەيسىز.
outbox-already-sent-no-reference = يوللانمىدى: بۇ ئۈسكۈنىدىن باشقا جاۋابلىق بىر ئىلتىماس يوللىنىپ بولغان. بۇ جاۋابلارنى ئۆچۈرەلەيسىز.
