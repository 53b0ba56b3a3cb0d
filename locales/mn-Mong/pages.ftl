### Pages every visit may need at once: home, service loading, page not found. Settings and
### statements have their own files, loaded with their pages.
### Status: draft translation, needs review by a native speaker.

## Home

home-title = ᠰᠦᠯᠵᠢᠶᠡᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠵᠠᠰᠠᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
home-intro = ᠠᠯᠢ ᠴᠤ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠠᠷ᠂ ᠥᠪᠡᠷ ᠦᠨ ᠬᠡᠯᠡ ᠪᠡᠷ ᠵᠠᠰᠠᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠲᠠᠨᠢᠯᠴᠠᠵᠤ᠂ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠭᠠᠷᠭᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
home-services-heading = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ

## Service

service-loading = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠠᠴᠢᠶᠠᠯᠠᠭᠳᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠁
service-unavailable-title = ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠣᠳᠣ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ
service-unavailable-body = ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠠᠴᠢᠶᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠨ ᠱᠠᠯᠭᠠᠵᠤ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠰᠦ 12345 ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃

## Page not found

not-found-title = ᠨᠢᠭᠤᠷ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
not-found-body = ᠬᠠᠢᠭ ᠢ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠪᠣᠯ ᠵᠥᠪ ᠡᠰᠡᠬᠦ ᠶᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠃ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠠᠷ ᠢᠷᠡᠭᠰᠡᠨ ᠪᠣᠯ ᠲᠡᠷᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠬᠠᠭᠤᠴᠢᠷᠠᠭᠰᠠᠨ ᠪᠠᠢᠵᠤ ᠮᠠᠭᠠᠳ᠃
not-found-home-link = ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ ᠲᠤ ᠣᠴᠢᠭᠠᠷᠠᠢ

## Topics on the home page (ids in services/catalogue.toml)

topic-identity-residence = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠠ ᠡᠷᠦᠬᠡ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ
topic-pensions-elderly-care = ᠲᠡᠳᠬᠦᠯᠭᠡ ᠪᠠ ᠬᠥᠭᠰᠢᠳ ᠢ ᠠᠰᠠᠷᠠᠬᠤ
topic-business-investment = ᠠᠵᠤ ᠠᠬᠤᠢ ᠪᠠ ᠬᠥᠷᠥᠩᠭᠡ ᠣᠷᠣᠭᠤᠯᠤᠯᠲᠠ
topic-consumer-rights = ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠡᠷᠬᠡ ᠪᠠ ᠪᠦᠲᠦᠭᠳᠡᠬᠦᠨ ᠦ ᠴᠢᠨᠠᠷ
topic-science-technology = ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠲᠧᠭᠨᠢᠭ
topic-have-your-say = ᠰᠠᠨᠠᠯ ᠥᠭᠬᠦ
home-search-label = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠡᠷᠢᠬᠦ
home-search-button = ᠡᠷᠢᠬᠦ
home-track-link = ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠦᠨ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠯᠠᠪᠢᠯᠠᠬᠤ
