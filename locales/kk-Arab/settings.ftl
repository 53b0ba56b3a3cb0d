### Display settings page: text size, elder mode, contrast, spacing, motion. Loaded with that page.
### Status: draft translation, needs review by a native speaker.

settings-title = كورىنىس باپتاۋلارى
settings-intro = بۇل تور بەكەتتىڭ وسى اسپاپتاعى كورىنىسىن وزگەرتىڭىز. وزگەرىستەر بىردەن قولدانىلادى.
settings-text-size-legend = ٴماتىن ولشەمى
settings-text-size-standard = قالىپتى
settings-text-size-large = ٴىرى
settings-text-size-larger = ودان دا ٴىرى
settings-text-size-largest = ەڭ ٴىرى
settings-options-legend = تور بەكەتتى پايدالانۋدى جەڭىلدەتەتىن باسقا جولدار
settings-elder-label = قاريالار نۇسقاسى
settings-elder-hint = ٴىرى ٴماتىن مەن تۇيمەلەر، كوبىرەك بوس ورىن، بارلىعى ٴبىر باعاندا. ونى ٴاربىر بەتتىڭ جوعارعى جاعىنداعى تۇيمە ارقىلى دا قوسا الاسىز.
settings-contrast-label = جوعارى كونتراست
settings-contrast-hint = اق فونداعى قارا ٴماتىن، قويۋىراق سىلتەمەلەر مەن تۇيمەلەر. بۇل قوسىلماسا، تور بەكەت اسپابىڭىزدىڭ كونتراست باپتاۋىنا سايكەس كورسەتىلەدى.
settings-spacing-label = جولدار، سوزدەر جانە ارىپتەر اراسىندا كوبىرەك بوس ورىن
settings-spacing-hint = ۇزىن ٴماتىندى وقۋدى جەڭىلدەتەدى.
settings-motion-label = قوزعالىستى ازايتۋ
settings-motion-hint = بەتتەگى ەشتەڭە قوزعالمايدى نە سىرعىمايدى. بۇل قوسىلماسا، تور بەكەت اسپابىڭىزدىڭ باپتاۋىنا سايكەس جۇمىس ىستەيدى.
settings-save = وسى باپتاۋلاردى ساقتاۋ
settings-reset = قالىپتى كورىنىسكە قايتارۋ
settings-saved = كورىنىس باپتاۋلارىڭىز وسى اسپاپتا ساقتالدى.
settings-stored-notice = بۇل باپتاۋلار تەك وسى تەلەفوندا نەمەسە كومپيۋتەردە ساقتالادى. ولار بىزگە جىبەرىلمەيدى.
