### "Keep on this phone": a whole service on its information page, or everything on the
### display settings page, downloaded on request for use without a connection.
### Status: draft translation, needs review by a native speaker.

keep-service-heading = بۇل قىزمەتتى تورسىز پايدالانۋ
keep-service-body = سيگنال جوق جەرگە بارا جاتىرسىز با؟ الدىمەن بۇل قىزمەتتى وسى تەلەفونعا ساقتاپ الىڭىز. سوندا ونى تورسىز تولتىرا الاسىز، ال تورعا قايتا قوسىلعاندا ول جىبەرىلەدى.
keep-service-button = بۇل قىزمەتتى وسى تەلەفونعا ساقتاۋ
keep-everything-heading = بۇكىل تور بەكەتتى تورسىز پايدالانۋ
keep-everything-body = سيگنال جوق جەردە پايدالانۋ ٴۇشىن، وسى تور بەكەتتىڭ بارلىق قىزمەتتەرى مەن بەتتەرىن ٴوزىڭىز وقىپ وتىرعان تىلدە وسى تەلەفونعا ساقتاپ الىڭىز.
keep-everything-button = بارلىعىن وسى تەلەفونعا ساقتاۋ
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-size = شامامەن { $size } KB جۇكتەلەدى.
keep-save-data = تەلەفونىڭىز دەرەك ۇنەمدەۋ رەجيمىندە، سوندىقتان بۇل تور بەكەت ٴسىز سۇراماعان ەشتەڭەنى جۇكتەمەيدى. بۇل جۇكتەۋ تەك ٴسىز تاڭداساڭىز عانا بولادى.
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-confirm = { $size } KB جۇكتەۋ
keep-cancel = بولدىرماۋ
# Variables:
#   $done (Number) - files downloaded so far
#   $total (Number) - files to download
keep-progress = جۇكتەلۋدە: { $done } / { $total } فايل
keep-done = وسى تەلەفونعا ساقتالدى. تورسىز دا جۇمىس ىستەيدى.
keep-remove = ونى وسى تەلەفوننان ٴوشىرۋ
keep-removed = وسى تەلەفوننان ٴوشىرىلدى. تورعا قوسىلعاندا بۇرىنعىداي جۇمىس ىستەيدى.
keep-failed = جۇكتەۋ اياقتالمادى، مۇمكىن تور ۇزىلگەن بولار. باسقا ەشتەڭە وزگەرگەن جوق: سيگنال بولعاندا قايتا كورىڭىز.
keep-retry = قايتا كورۋ
keep-unavailable = بۇل شولعىش تور بەكەتتى تورسىز پايدالانۋ ٴۇشىن ساقتاي المايدى.
