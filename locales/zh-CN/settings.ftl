### 显示设置页面：字号、长辈版、对比度、间距、动态效果。打开该页面时加载。
### 状态：由门户团队撰写。

settings-title = 显示设置
settings-intro = 更改本网站在这台设备上的显示方式。更改会立即生效。
settings-text-size-legend = 字号
settings-text-size-standard = 标准
settings-text-size-large = 大
settings-text-size-larger = 较大
settings-text-size-largest = 最大
settings-options-legend = 其他让网站更易用的方式
settings-elder-label = 长辈版
settings-elder-hint = 更大的文字和按钮，更宽松的间距，所有内容排成一列。也可以用每个页面顶部的按钮开启。
settings-contrast-label = 高对比度
settings-contrast-hint = 白底黑字，链接和按钮颜色更深。不选择时，本网站跟随设备的对比度设置。
settings-spacing-label = 加大行、词和字母之间的间距
settings-spacing-hint = 让长段文字更容易阅读。
settings-motion-label = 减少动态效果
settings-motion-hint = 页面上的内容不会移动或滑动。不选择时，本网站跟随设备的设置。
settings-save = 保存这些设置
settings-reset = 恢复标准显示
settings-saved = 您的显示设置已保存在这台设备上。
settings-stored-notice = 这些设置只保存在这台手机或电脑上，不会发送给我们。
