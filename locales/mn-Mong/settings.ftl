### Display settings page: text size, elder mode, contrast, spacing, motion. Loaded with that page.
### Status: draft translation, needs review by a native speaker.

settings-title = ᠦᠵᠡᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠭ᠎ᠠ
settings-intro = ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠶᠢᠨ ᠦᠵᠡᠭᠳᠡᠬᠦ ᠪᠠᠢᠳᠠᠯ ᠢ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡᠷᠡᠢ᠃ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠳᠠᠷᠤᠢ ᠬᠦᠴᠦᠨᠲᠡᠢ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
settings-text-size-legend = ᠦᠰᠦᠭ ᠦᠨ ᠬᠡᠮᠵᠢᠶ᠎ᠡ
settings-text-size-standard = ᠬᠡᠮ ᠦᠨ
settings-text-size-large = ᠶᠡᠬᠡ
settings-text-size-larger = ᠨᠡᠯᠢᠶᠡᠳ ᠶᠡᠬᠡ
settings-text-size-largest = ᠬᠠᠮᠤᠭ ᠤᠨ ᠶᠡᠬᠡ
settings-options-legend = ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠶᠢ ᠬᠢᠯᠪᠠᠷ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠪᠤᠰᠤ ᠠᠷᠭ᠎ᠠ
settings-elder-label = ᠬᠥᠭᠰᠢᠳ ᠦᠨ ᠬᠡᠪ
settings-elder-hint = ᠦᠰᠦᠭ ᠪᠠ ᠳᠠᠷᠤᠭᠤᠯ ᠶᠡᠬᠡ᠂ ᠵᠠᠢ ᠤᠯᠠᠮ ᠥᠷᠭᠡᠨ᠂ ᠪᠦᠬᠦ ᠠᠭᠤᠯᠭ᠎ᠠ ᠨᠢᠭᠡ ᠪᠠᠭᠠᠨ᠎ᠠ ᠳᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠨᠢᠭᠤᠷ ᠪᠦᠷᠢ ᠶᠢᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠳᠠᠷᠤᠭᠤᠯ ᠢᠶᠠᠷ ᠴᠤ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
settings-contrast-label = ᠥᠩᠭᠡ ᠶᠢᠨ ᠢᠯᠭᠠᠯ ᠥᠨᠳᠦᠷ
settings-contrast-hint = ᠴᠠᠭᠠᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠠᠷ᠎ᠠ ᠦᠰᠦᠭ᠂ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠠ ᠳᠠᠷᠤᠭᠤᠯ ᠤᠯᠠᠮ ᠪᠠᠷᠠᠭᠠᠨ᠃ ᠡᠨᠡ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠪᠣᠯ᠂ ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠲᠠᠨ ᠤ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠥᠩᠭᠡ ᠶᠢᠨ ᠢᠯᠭᠠᠯ ᠤᠨ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠳᠠᠭᠠᠨ᠎ᠠ᠃
settings-spacing-label = ᠮᠥᠷ᠂ ᠦᠭᠡ᠂ ᠦᠰᠦᠭ ᠦᠨ ᠬᠣᠭᠣᠷᠣᠨᠳᠠᠬᠢ ᠵᠠᠢ ᠶᠢ ᠶᠡᠬᠡᠰᠭᠡᠬᠦ
settings-spacing-hint = ᠤᠷᠲᠤ ᠪᠢᠴᠢᠭ ᠢ ᠤᠩᠰᠢᠬᠤ ᠶᠢ ᠬᠢᠯᠪᠠᠷ ᠪᠣᠯᠭᠠᠨ᠎ᠠ᠃
settings-motion-label = ᠬᠥᠳᠡᠯᠭᠡᠭᠡᠨ ᠢ ᠪᠠᠭᠠᠰᠬᠠᠬᠤ
settings-motion-hint = ᠨᠢᠭᠤᠷ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠶᠠᠭᠤ ᠴᠤ ᠬᠥᠳᠡᠯᠬᠦ ᠪᠤᠶᠤ ᠭᠤᠯᠰᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠪᠣᠯ᠂ ᠲᠤᠰ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ ᠲᠠᠨ ᠤ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠳᠠᠭᠠᠨ᠎ᠠ᠃
settings-save = ᠡᠨᠡ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ
settings-reset = ᠬᠡᠮ ᠦᠨ ᠦᠵᠡᠭᠦᠯᠦᠯᠲᠡ ᠳᠦ ᠪᠤᠴᠠᠬᠤ
settings-saved = ᠲᠠᠨ ᠤ ᠦᠵᠡᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠭ᠎ᠠ ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠳᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃
settings-stored-notice = ᠡᠨᠡ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠭ᠎ᠠ ᠵᠥᠪᠬᠡᠨ ᠡᠨᠡ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠤᠶᠤ ᠴᠠᠬᠢᠯᠭᠠᠨ ᠲᠠᠷᠬᠢ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ᠃ ᠪᠢᠳᠡᠨ ᠳᠦ ᠢᠯᠡᠭᠡᠭᠳᠡᠬᠦ ᠦᠭᠡᠢ᠃
