### "ཁ་པར་ནང་ཉར་བ།": ཞབས་ཞུའི་གསལ་བཤད་ཤོག་ངོས་སུ་ཞབས་ཞུ་གཅིག་དང་། མངོན་སྟོན་སྒྲིག་འགོད་ཤོག་ངོས་སུ་ཚང་མ་དྲ་མེད་སྤྱོད་པར་ཉར་བ།
### Status: draft translation, needs review by a native speaker.

keep-service-heading = དྲ་རྒྱ་མེད་ཀྱང་ཞབས་ཞུ་འདི་བཀོལ་བ།
keep-service-body = བརྒྱུད་འཕྲིན་མེད་སའི་ས་ཆར་འགྲོ་གི་ཡིན་ནམ། སྔོན་ལ་ཞབས་ཞུ་འདི་ཁ་པར་ནང་ཉར་རོགས། དེ་ནས་དྲ་མེད་དུ་འབྲི་ཐུབ་ལ། དྲ་རྒྱ་མཐུད་དུས་བསྐུར་གྱི་རེད།
keep-service-button = ཞབས་ཞུ་འདི་ཁ་པར་ནང་ཉར་བ།
keep-everything-heading = དྲ་རྒྱ་མེད་ཀྱང་དྲ་ཚིགས་ཧྲིལ་པོ་བཀོལ་བ།
keep-everything-body = དྲ་ཚིགས་འདིའི་ཞབས་ཞུ་དང་ཤོག་ངོས་ཚང་མ་ཁྱེད་ཀྱིས་ཀློག་བཞིན་པའི་སྐད་ཡིག་ཏུ་ཁ་པར་ནང་ཉར་ནས། བརྒྱུད་འཕྲིན་མེད་སར་བཀོལ།
keep-everything-button = ཚང་མ་ཁ་པར་ནང་ཉར་བ།
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-size = ཕལ་ཆེར་ { $size } KB ཕབ་ལེན་བྱེད་ངེས།
keep-save-data = ཁྱེད་ཀྱི་ཁ་པར་གཞི་གྲངས་ཉུང་སྤྱོད་ཀྱི་རྣམ་པར་ཡོད་པས། དྲ་ཚིགས་འདིས་ཁྱེད་ཀྱིས་མ་བཙལ་བ་ཕབ་ལེན་མི་བྱེད། ཕབ་ལེན་འདི་ཁྱེད་ཀྱིས་གདམ་ན་མ་གཏོགས་མི་བྱེད།
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-confirm = { $size } KB ཕབ་ལེན།
keep-cancel = མི་དགོས།
# Variables:
#   $done (Number) - files downloaded so far
#   $total (Number) - files to download
keep-progress = ཕབ་ལེན་བྱེད་བཞིན་པ། ཡིག་ཆ་ { $total } ནང་ནས་ { $done }
keep-done = ཁ་པར་ནང་ཉར་ཟིན། དྲ་རྒྱ་མེད་ཀྱང་བཀོལ་ཆོག
keep-remove = ཁ་པར་ནས་སུབ་པ།
keep-removed = ཁ་པར་ནས་སུབ་ཟིན། དྲ་རྒྱ་མཐུད་དུས་བཀོལ་ཆོག
keep-failed = ཕབ་ལེན་མ་ཚར། དྲ་རྒྱ་ཆད་པ་ཡིན་སྲིད། གཞན་ཅི་ཡང་མ་འགྱུར། བརྒྱུད་འཕྲིན་ཡོད་དུས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།
keep-retry = ཡང་བསྐྱར་ཚོད་ལྟ།
keep-unavailable = བལྟ་ཆས་འདིས་དྲ་ཚིགས་དྲ་མེད་སྤྱོད་པར་ཉར་མི་ཐུབ།
