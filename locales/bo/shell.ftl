### Shell: the site's name, header, language switcher, footer, and page titles (the static
### shell's texts are in static.ftl). Shared by every page.
### Status: draft translation, needs review by a native speaker.

-site-name = མི་དམངས་ཞབས་ཞུའི་དྲ་ཚིགས།

header-site-name = { -site-name }
# Variables:
#   $page (String) - the title of the page being shown
page-title = { $page } – { -site-name }

skip-link = གཙོ་བོའི་ནང་དོན་ལ་མཆོང་།

## Header

header-nav-label = ཐོ་གཞུང་གཙོ་བོ།
nav-home = གཙོ་ངོས།
nav-display-settings = མངོན་སྟོན་སྒྲིག་འགོད།
language-switcher-label = སྐད་ཡིག

## Footer

footer-help-heading = ཁ་པར་རམ་ཐད་ཀར་རོགས་རམ།
footer-hotline = དྲ་ཚིགས་འདི་བེད་སྤྱོད་བྱེད་མི་ཐུབ་པའམ། མི་ཞིག་དང་སྐད་ཆ་བཤད་འདོད་ན། གཞུང་གི་ཞབས་ཞུའི་ཁ་པར་ 12345 ལ་ཁ་པར་གཏོང་བའམ། ཉེ་ཤོས་ཀྱི་གཞུང་གི་ཞབས་ཞུ་ལྟེ་གནས་སུ་ཕེབས་རོགས།
footer-nav-label = དྲ་ཚིགས་འདིའི་སྐོར།
footer-accessibility = འགོག་མེད་བཀོལ་སྤྱོད་ཀྱི་གསལ་བསྒྲགས།
footer-privacy = སྒེར་གྱི་གསང་བའི་བརྡ་ཐོ།

## Elder mode and reading aloud

elder-mode-toggle = རྒན་པོའི་རྣམ་པ།
read-aloud-listen = ཤོག་ངོས་འདི་ཉན།
read-aloud-pause = མཚམས་འཇོག
read-aloud-resume = མུ་མཐུད་དུ་ཉན།
read-aloud-stop = མཚམས་གཅོད།
# Variables:
#   $language (String) - the language's name in its own script
read-aloud-no-voice = སྒྲིག་ཆས་འདིར་ { $language } གི་སྐད་མེད་པས་ཤོག་ངོས་འདི་ཀློག་མི་ཐུབ།

## Connection and updates

offline-status = ཁྱེད་ད་ལྟ་དྲ་རྒྱ་མེད། རེའུ་མིག་མུ་མཐུད་དུ་བྲིས་ཆོག ཁྱེད་ཀྱིས་བསྐུར་བ་དེ་དྲ་རྒྱ་ཡོང་དུས་བསྐུར་རྒྱུ་ཡིན།
update-available = དྲ་ཚིགས་འདིའི་པར་གཞི་གསར་པ་གྲ་སྒྲིག་ཚར། བརྗེ་དུས་ཁྱེད་ཀྱི་ལན་ཉར་ཚགས་བྱེད།
update-apply = པར་གཞི་གསར་པ་བེད་སྤྱོད།

## Dates, written out in full (check answers, statements)

# Variables:
#   $year (Number) - the year
#   $month (Number) - the month, 1 to 12
#   $day (Number) - the day of the month
date-long = སྤྱི་ལོ་{ $year } ཟླ་{ $month } ཚེས་{ $day }
