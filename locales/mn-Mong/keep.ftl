### "Keep on this phone": a whole service on its information page, or everything on the
### display settings page, downloaded on request for use without a connection.
### Status: draft translation, needs review by a native speaker.

keep-service-heading = ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠦᠭᠡᠢ ᠦᠶ᠎ᠡ ᠳᠦ ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ
keep-service-body = ᠳᠣᠬᠢᠶ᠎ᠠ ᠦᠭᠡᠢ ᠭᠠᠵᠠᠷ᠎ᠠ ᠣᠴᠢᠨ᠎ᠠ ᠤᠤ? ᠤᠷᠢᠳᠠ ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠡᠨᠡ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ᠃ ᠲᠡᠭᠦᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠦᠭᠡᠢ ᠳᠦᠭᠦᠷᠭᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠪᠠ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠳᠦ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ ᠦᠶ᠎ᠡ ᠳᠦ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃
keep-service-button = ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ
keep-everything-heading = ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠦᠭᠡᠢ ᠦᠶ᠎ᠡ ᠳᠦ ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠶᠢ ᠪᠦᠲᠦᠪᠡᠨ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ
keep-everything-body = ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠶᠢᠨ ᠪᠦᠬᠦ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠪᠠ ᠨᠢᠭᠤᠷ ᠢ ᠲᠠᠨ ᠤ ᠤᠩᠰᠢᠵᠤ ᠪᠤᠢ ᠬᠡᠯᠡ ᠪᠡᠷ ᠡᠨᠡ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ᠂ ᠳᠣᠬᠢᠶ᠎ᠠ ᠦᠭᠡᠢ ᠭᠠᠵᠠᠷ᠎ᠠ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ᠃
keep-everything-button = ᠪᠦᠬᠦ ᠶᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-size = { $size } KB ᠣᠷᠴᠢᠮ ᠲᠠᠲᠠᠨ ᠠᠪᠤᠨ᠎ᠠ᠃
keep-save-data = ᠲᠠᠨ ᠤ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠤᠷᠤᠰᠬᠠᠯ ᠬᠡᠮᠨᠡᠬᠦ ᠬᠡᠪ ᠲᠦ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠤᠭᠰᠠᠨ ᠲᠤᠯᠠ᠂ ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠲᠠᠨ ᠤ ᠭᠤᠶᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠶᠠᠭᠤ ᠴᠤ ᠲᠠᠲᠠᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠲᠠᠲᠠᠨ ᠠᠪᠤᠯᠲᠠ ᠵᠥᠪᠬᠡᠨ ᠲᠠᠨ ᠤ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠦᠶ᠎ᠡ ᠳᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-confirm = { $size } KB ᠲᠠᠲᠠᠨ ᠠᠪᠬᠤ
keep-cancel = ᠦᠭᠡᠢᠰᠭᠡᠬᠦ
# Variables:
#   $done (Number) - files downloaded so far
#   $total (Number) - files to download
keep-progress = ᠲᠠᠲᠠᠨ ᠠᠪᠴᠤ ᠪᠠᠢᠨ᠎ᠠ᠄ { $done } / { $total } ᠹᠠᠢᠯ
keep-done = ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠦᠭᠡᠢ ᠴᠤ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
keep-remove = ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠠᠴᠠ ᠬᠠᠰᠤᠬᠤ
keep-removed = ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠠᠴᠠ ᠬᠠᠰᠤᠭᠳᠠᠪᠠ᠃ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠳᠦ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ ᠦᠶ᠎ᠡ ᠳᠦ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
keep-failed = ᠲᠠᠲᠠᠨ ᠠᠪᠤᠯᠲᠠ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠲᠠᠰᠤᠷᠠᠭᠰᠠᠨ ᠪᠠᠢᠵᠤ ᠮᠠᠭᠠᠳ᠃ ᠪᠤᠰᠤ ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠳᠣᠬᠢᠶ᠎ᠠ ᠲᠠᠢ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠦᠶ᠎ᠡ ᠳᠦ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃
keep-retry = ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠬᠤ
keep-unavailable = ᠡᠨᠡ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠦᠵᠡᠭᠦᠷ ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠶᠢ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠦᠭᠡᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠶᠢᠨ ᠲᠤᠯᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
