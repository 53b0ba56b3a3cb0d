### The search page, loaded with it.
### Status: draft translation, needs review by a native speaker.

search-title = ཞབས་ཞུ་འཚོལ།
search-label = ཅི་ཞིག་འཚོལ་གྱི་ཡོད།
search-hint = དཔེར་ན། ལག་ཁྱེར། གསོ་ཕོགས། གདོང་གཏུག
search-button = འཚོལ།
search-results = { $count ->
    [0] ཞབས་ཞུ་རྙེད་མ་སོང་།
   *[other] ཞབས་ཞུ་ { $count } རྙེད་སོང་།
}
search-nothing-found = ཡི་གེ་ལ་བརྟག་དཔྱད་གནང་། ཚིག་གཞན་ཚོད་ལྟ་གནང་། ཡང་ན་ཤོག་ངོས་དང་པོའི་ཞབས་ཞུའི་ཐོ་གཞུང་ནང་འཚོལ།
search-all-services = ཞབས་ཞུ་ཚང་མ།
