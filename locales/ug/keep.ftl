### "تېلېفونغا ساقلاش": مۇلازىمەت چۈشەندۈرۈش بېتىدە بىر مۇلازىمەتنى، كۆرۈنۈش تەڭشىكى بېتىدە ھەممىنى تورسىز ئىشلىتىش ئۈچۈن ساقلاش.
### Status: draft translation, needs review by a native speaker.

keep-service-heading = بۇ مۇلازىمەتنى تورسىز ئىشلىتىش
keep-service-body = سىگنال يوق يەرگە بارامسىز؟ ئالدى بىلەن بۇ مۇلازىمەتنى تېلېفونغا ساقلاڭ. ئاندىن تورسىز تولدۇرالايسىز، تورغا ئۇلانغاندا يوللىنىدۇ.
keep-service-button = بۇ مۇلازىمەتنى تېلېفونغا ساقلاش
keep-everything-heading = پۈتۈن تور بېكەتنى تورسىز ئىشلىتىش
keep-everything-body = بۇ تور بېكەتنىڭ بارلىق مۇلازىمەت ۋە بەتلىرىنى ئوقۇۋاتقان تىلىڭىزدا تېلېفونغا ساقلاپ، سىگنال يوق يەردە ئىشلىتىڭ.
keep-everything-button = ھەممىنى تېلېفونغا ساقلاش
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-size = تەخمىنەن { $size } KB چۈشۈرىدۇ.
keep-save-data = تېلېفونىڭىز سانلىق مەلۇمات تېجەش ھالىتىدە، شۇڭا بۇ تور بېكەت سىز تەلەپ قىلمىغاننى چۈشۈرمەيدۇ. بۇ چۈشۈرۈش پەقەت سىز تاللىسىڭىزلا بولىدۇ.
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-confirm = { $size } KB چۈشۈرۈش
keep-cancel = بىكار قىلىش
# Variables:
#   $done (Number) - files downloaded so far
#   $total (Number) - files to download
keep-progress = چۈشۈرۈۋاتىدۇ: { $total } ھۆججەتتىن { $done }
keep-done = تېلېفونغا ساقلاندى. تورسىزمۇ ئىشلەيدۇ.
keep-remove = تېلېفوندىن ئۆچۈرۈش
keep-removed = تېلېفوندىن ئۆچۈرۈلدى. تورغا ئۇلانغاندا يەنىلا ئىشلەيدۇ.
keep-failed = چۈشۈرۈش تاماملانمىدى، بەلكىم تور ئۈزۈلۈپ قالغاندۇ. باشقا ھېچنېمە ئۆزگەرمىدى: سىگنال بولغاندا قايتا سىناڭ.
keep-retry = قايتا سىناش
keep-unavailable = بۇ توركۆرگۈ تور بېكەتنى تورسىز ئىشلىتىش ئۈچۈن ساقلىيالمايدۇ.
