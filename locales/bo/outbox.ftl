### Applications waiting on this device to be sent, listed on the home page. Loaded only when
### one waits.
### Status: draft translation, needs review by a native speaker.

outbox-heading = བསྐུར་རྒྱུར་སྒུག་བཞིན་པ།
outbox-waiting-body = རེ་ཞུ་འདི་དག་སྒྲིག་ཆས་འདིའི་ནང་ཉར་ཡོད། དྲ་རྒྱར་འབྲེལ་མ་ཐག་བསྐུར་རྒྱུ་ཡིན།
outbox-send-now = ད་ལྟ་བསྐུར།
outbox-sending = བསྐུར་བཞིན་པ།…
outbox-delete = སུབ།
outbox-delete-confirm = རེ་ཞུ་འདི་ད་དུང་བསྐུར་མེད། སུབ་ན་ལས་ཁུངས་ལ་འབྱོར་མི་སྲིད། ཁྱེད་ཀྱི་ལན་ཡང་སྒྲིག་ཆས་འདིའི་ནང་ནས་མེད་པར་འགྱུར།
outbox-delete-yes = ཡིན། སུབ།
outbox-delete-keep = མིན། ཉར།
outbox-deleted = རེ་ཞུ་དེ་སྒྲིག་ཆས་འདིའི་ནང་ནས་སུབ་ཟིན། བསྐུར་མེད།
outbox-refused = དང་ལེན་མ་བྱས། ལན་འགའ་ཞིག་བཅོས་དགོས། ཅི་ཡང་མ་བོར།
outbox-correct = ལན་བཅོས་པ།
outbox-refused-busy = ཁྱེད་ཀྱིས་སྒྲིག་ཆས་འདིའི་ཐོག་ཞབས་ཞུ་འདི་ཡང་བསྐྱར་འགོ་བཙུགས་ཡོད། སྔོན་ལ་ལན་དེ་དག་བསྐུར་བའམ་སུབ་རྗེས་འདི་བཅོས་རོགས།
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
outbox-already-sent = མ་བསྐུར། སྒྲིག་ཆས་འདི་ནས་ལན་མི་འདྲ་བའི་རེ་ཞུ་ཞིག་བསྐུར་ཟིན། ལེན་འཛིན་ཨང་གྲངས་ { $reference } ། ལན་འདི་དག་སུབ་ཆོག
outbox-already-sent-no-reference = མ་བསྐུར། སྒྲིག་ཆས་འདི་ནས་ལན་མི་འདྲ་བའི་རེ་ཞུ་ཞིག་བསྐུར་ཟིན། ལན་འདི་དག་སུབ་ཆོག
