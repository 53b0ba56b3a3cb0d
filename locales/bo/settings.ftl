### Display settings page: text size, elder mode, contrast, spacing, motion. Loaded with that page.
### Status: draft translation, needs review by a native speaker.

settings-title = མངོན་སྟོན་སྒྲིག་འགོད།
settings-intro = སྒྲིག་ཆས་འདིའི་ཐོག་དྲ་ཚིགས་འདི་ཇི་ལྟར་མངོན་པ་བཟོ་བཅོས་བྱེད། བཟོ་བཅོས་དེ་མ་ཐག་ནུས་པ་ཐོན།
settings-text-size-legend = ཡི་གེའི་ཆེ་ཆུང་།
settings-text-size-standard = ཚད་ལྡན།
settings-text-size-large = ཆེ་བ།
settings-text-size-larger = དེ་བས་ཆེ་བ།
settings-text-size-largest = ཆེས་ཆེ་བ།
settings-options-legend = དྲ་ཚིགས་བེད་སྤྱོད་སླ་བོ་བཟོ་བའི་ཐབས་གཞན།
settings-elder-label = རྒན་པོའི་རྣམ་པ།
settings-elder-hint = ཡི་གེ་དང་མཐེབ་གནོན་ཆེ་བ། བར་ཐག་ཆེ་བ། ཚང་མ་ཕྲེང་གཅིག་ཏུ། ཤོག་ངོས་རེ་རེའི་སྟེང་གི་མཐེབ་གནོན་གྱིས་ཀྱང་ཁ་ཕྱེ་ཆོག
settings-contrast-label = མདོག་ཁྱད་ཆེ་བ།
settings-contrast-hint = དཀར་པོའི་སྟེང་ནག་པོའི་ཡི་གེ། སྦྲེལ་ཐག་དང་མཐེབ་གནོན་མདོག་སྡུག་པ། འདི་མ་བདམས་ན་དྲ་ཚིགས་ཀྱིས་ཁྱེད་ཀྱི་སྒྲིག་ཆས་ཀྱི་སྒྲིག་འགོད་ལ་བརྟེན།
settings-spacing-label = ཐིག་ཕྲེང་དང་ཚིག ཡི་གེའི་བར་ཐག་ཆེ་རུ་གཏོང་།
settings-spacing-hint = ཡི་གེ་རིང་པོ་ཀློག་སླ་བོ་བཟོ།
settings-motion-label = འགུལ་སྐྱོད་ཉུང་དུ་གཏོང་།
settings-motion-hint = ཤོག་ངོས་སྟེང་ཅི་ཡང་འགུལ་སྐྱོད་མི་བྱེད། འདི་མ་བདམས་ན་དྲ་ཚིགས་ཀྱིས་ཁྱེད་ཀྱི་སྒྲིག་ཆས་ཀྱི་སྒྲིག་འགོད་ལ་བརྟེན།
settings-save = སྒྲིག་འགོད་འདི་དག་ཉར་ཚགས།
settings-reset = ཚད་ལྡན་མངོན་སྟོན་ལ་ཕྱིར་ལོག
settings-saved = ཁྱེད་ཀྱི་མངོན་སྟོན་སྒྲིག་འགོད་སྒྲིག་ཆས་འདིའི་ནང་ཉར་ཟིན།
settings-stored-notice = སྒྲིག་འགོད་འདི་དག་ཁ་པར་རམ་གློག་ཀླད་འདི་ཁོ་ནའི་ནང་ཉར། ང་ཚོར་བསྐུར་གྱི་མེད།
