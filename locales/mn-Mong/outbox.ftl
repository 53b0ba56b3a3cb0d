### Applications waiting on this device to be sent, listed on the home page. Loaded only when
### one waits.
### Status: draft translation, needs review by a native speaker.

outbox-heading = ᠢᠯᠡᠭᠡᠬᠦ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
outbox-waiting-body = ᠡᠨᠡ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠨᠦᠭᠦᠳ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠳᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠳᠦ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ ᠳᠠᠷᠤᠢ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃
outbox-send-now = ᠣᠳᠣ ᠢᠯᠡᠭᠡᠬᠦ
outbox-sending = ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠁
outbox-delete = ᠬᠠᠰᠤᠬᠤ
outbox-delete-confirm = ᠡᠨᠡ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠡᠳᠦᠢ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠬᠠᠰᠤᠪᠠᠯ ᠬᠡᠯᠲᠡᠰ ᠲᠡᠭᠦᠨ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ᠂ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠡᠴᠡ ᠦᠭᠡᠢ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
outbox-delete-yes = ᠲᠡᠢᠮᠦ᠂ ᠬᠠᠰᠤᠬᠤ
outbox-delete-keep = ᠦᠭᠡᠢ᠂ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ
outbox-deleted = ᠥᠷᠭᠡᠳᠬᠡᠯ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠡᠴᠡ ᠬᠠᠰᠤᠭᠳᠠᠪᠠ᠃ ᠲᠡᠷᠡ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
outbox-refused = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ ᠵᠠᠷᠢᠮ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠵᠠᠰᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃ ᠶᠠᠭᠤ ᠴᠤ ᠭᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
outbox-correct = ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠵᠠᠰᠠᠬᠤ
outbox-refused-busy = ᠲᠠ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠳᠠᠬᠢᠨ ᠡᠬᠢᠯᠡᠭᠰᠡᠨ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠤᠷᠢᠳᠠ ᠲᠡᠷᠡ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠢᠯᠡᠭᠡᠬᠦ ᠪᠤᠶᠤ ᠬᠠᠰᠤᠵᠤ᠂ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠡᠨᠡ ᠶᠢ ᠵᠠᠰᠠᠭᠠᠷᠠᠢ᠃
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
outbox-already-sent = ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠄ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠡᠴᠡ ᠪᠤᠰᠤ ᠬᠠᠷᠢᠭᠤ ᠲᠠᠢ ᠨᠢᠭᠡ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠬᠡᠳᠦᠢᠨ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠨᠣᠮᠧᠷ ᠨᠢ { $reference }᠃ ᠲᠠ ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠬᠠᠰᠤᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
outbox-already-sent-no-reference = ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠄ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠡᠴᠡ ᠪᠤᠰᠤ ᠬᠠᠷᠢᠭᠤ ᠲᠠᠢ ᠨᠢᠭᠡ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠬᠡᠳᠦᠢᠨ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ᠃ ᠲᠠ ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠬᠠᠰᠤᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
