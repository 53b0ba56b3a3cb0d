### The search page, loaded with it.
### Status: draft translation, needs review by a native speaker.

search-title = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠡᠷᠢᠬᠦ
search-label = ᠲᠠ ᠶᠠᠭᠤ ᠡᠷᠢᠵᠦ ᠪᠠᠢᠨ᠎ᠠ?
search-hint = ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ᠄ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ᠂ ᠲᠡᠳᠬᠦᠯᠭᠡ᠂ ᠭᠣᠮᠳᠠᠯ᠃ ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ ᠪᠡᠷ ᠫᠢᠨᠶᠢᠨ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ sfz᠂ ᠴᠤ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
search-button = ᠡᠷᠢᠬᠦ
search-results = { $count ->
    [0] ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
   *[other] { $count } ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠣᠯᠳᠠᠪᠠ
}
search-nothing-found = ᠪᠢᠴᠢᠭᠰᠡᠨ ᠢᠶᠡᠨ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠂ ᠪᠤᠰᠤ ᠦᠭᠡ ᠪᠡᠷ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ ᠲᠠᠬᠢ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠶᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
search-all-services = ᠪᠦᠬᠦ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
