### Display settings page: text size, elder mode, contrast, spacing, motion. Loaded with that page.
### Status: written by the portal team.

settings-title = Display settings
settings-intro = Change how this site looks on this device. Changes apply at once.
settings-text-size-legend = Text size
settings-text-size-standard = Standard
settings-text-size-large = Large
settings-text-size-larger = Larger
settings-text-size-largest = Largest
settings-options-legend = Other ways to make the site easier to use
settings-elder-label = Elder mode
settings-elder-hint = Larger text and buttons, more space, everything in one column. You can also switch it on with the button at the top of every page.
settings-contrast-label = High contrast
settings-contrast-hint = Black text on white, darker links and buttons. Without this, the site follows your device's contrast setting.
settings-spacing-label = More space between lines, words and letters
settings-spacing-hint = Makes long text easier to follow.
settings-motion-label = Reduce motion
settings-motion-hint = Nothing on the page moves or slides. Without this, the site follows your device's setting.
settings-save = Save these settings
settings-reset = Reset to the standard display
settings-saved = Your display settings are saved on this device.
settings-stored-notice = These settings are kept only on this phone or computer. They are not sent to us.
