//! Generated once from Unicode 14 data (Python `unicodedata`: NFKC for the Arabic presentation
//! forms, NFKD for Tibetan) and checked against the `unicode-normalization` crate in the tests.
//! Code, not a table: wasm-split moves code into the search chunk, but static data would stay in
//! the first load.

/// Calls `push` with what `c` stands for and returns true, or returns false if it stands for itself.
#[rustfmt::skip]
pub(super) fn decompose(c: char, push: &mut impl FnMut(char)) -> bool {
    match c {
        '\u{0F0C}' => { push('\u{0F0B}'); }
        '\u{0F43}' => { push('\u{0F42}'); push('\u{0FB7}'); }
        '\u{0F4D}' => { push('\u{0F4C}'); push('\u{0FB7}'); }
        '\u{0F52}' => { push('\u{0F51}'); push('\u{0FB7}'); }
        '\u{0F57}' => { push('\u{0F56}'); push('\u{0FB7}'); }
        '\u{0F5C}' => { push('\u{0F5B}'); push('\u{0FB7}'); }
        '\u{0F69}' => { push('\u{0F40}'); push('\u{0FB5}'); }
        '\u{0F73}' => { push('\u{0F71}'); push('\u{0F72}'); }
        '\u{0F75}' => { push('\u{0F71}'); push('\u{0F74}'); }
        '\u{0F76}' => { push('\u{0FB2}'); push('\u{0F80}'); }
        '\u{0F77}' => { push('\u{0FB2}'); push('\u{0F71}'); push('\u{0F80}'); }
        '\u{0F78}' => { push('\u{0FB3}'); push('\u{0F80}'); }
        '\u{0F79}' => { push('\u{0FB3}'); push('\u{0F71}'); push('\u{0F80}'); }
        '\u{0F81}' => { push('\u{0F71}'); push('\u{0F80}'); }
        '\u{0F93}' => { push('\u{0F92}'); push('\u{0FB7}'); }
        '\u{0F9D}' => { push('\u{0F9C}'); push('\u{0FB7}'); }
        '\u{0FA2}' => { push('\u{0FA1}'); push('\u{0FB7}'); }
        '\u{0FA7}' => { push('\u{0FA6}'); push('\u{0FB7}'); }
        '\u{0FAC}' => { push('\u{0FAB}'); push('\u{0FB7}'); }
        '\u{0FB9}' => { push('\u{0F90}'); push('\u{0FB5}'); }
        '\u{FB50}'..='\u{FB51}' => { push('\u{0671}'); }
        '\u{FB52}'..='\u{FB55}' => { push('\u{067B}'); }
        '\u{FB56}'..='\u{FB59}' => { push('\u{067E}'); }
        '\u{FB5A}'..='\u{FB5D}' => { push('\u{0680}'); }
        '\u{FB5E}'..='\u{FB61}' => { push('\u{067A}'); }
        '\u{FB62}'..='\u{FB65}' => { push('\u{067F}'); }
        '\u{FB66}'..='\u{FB69}' => { push('\u{0679}'); }
        '\u{FB6A}'..='\u{FB6D}' => { push('\u{06A4}'); }
        '\u{FB6E}'..='\u{FB71}' => { push('\u{06A6}'); }
        '\u{FB72}'..='\u{FB75}' => { push('\u{0684}'); }
        '\u{FB76}'..='\u{FB79}' => { push('\u{0683}'); }
        '\u{FB7A}'..='\u{FB7D}' => { push('\u{0686}'); }
        '\u{FB7E}'..='\u{FB81}' => { push('\u{0687}'); }
        '\u{FB82}'..='\u{FB83}' => { push('\u{068D}'); }
        '\u{FB84}'..='\u{FB85}' => { push('\u{068C}'); }
        '\u{FB86}'..='\u{FB87}' => { push('\u{068E}'); }
        '\u{FB88}'..='\u{FB89}' => { push('\u{0688}'); }
        '\u{FB8A}'..='\u{FB8B}' => { push('\u{0698}'); }
        '\u{FB8C}'..='\u{FB8D}' => { push('\u{0691}'); }
        '\u{FB8E}'..='\u{FB91}' => { push('\u{06A9}'); }
        '\u{FB92}'..='\u{FB95}' => { push('\u{06AF}'); }
        '\u{FB96}'..='\u{FB99}' => { push('\u{06B3}'); }
        '\u{FB9A}'..='\u{FB9D}' => { push('\u{06B1}'); }
        '\u{FB9E}'..='\u{FB9F}' => { push('\u{06BA}'); }
        '\u{FBA0}'..='\u{FBA3}' => { push('\u{06BB}'); }
        '\u{FBA4}'..='\u{FBA5}' => { push('\u{06C0}'); }
        '\u{FBA6}'..='\u{FBA9}' => { push('\u{06C1}'); }
        '\u{FBAA}'..='\u{FBAD}' => { push('\u{06BE}'); }
        '\u{FBAE}'..='\u{FBAF}' => { push('\u{06D2}'); }
        '\u{FBB0}'..='\u{FBB1}' => { push('\u{06D3}'); }
        '\u{FBD3}'..='\u{FBD6}' => { push('\u{06AD}'); }
        '\u{FBD7}'..='\u{FBD8}' => { push('\u{06C7}'); }
        '\u{FBD9}'..='\u{FBDA}' => { push('\u{06C6}'); }
        '\u{FBDB}'..='\u{FBDC}' => { push('\u{06C8}'); }
        '\u{FBDD}' => { push('\u{06C7}'); push('\u{0674}'); }
        '\u{FBDE}'..='\u{FBDF}' => { push('\u{06CB}'); }
        '\u{FBE0}'..='\u{FBE1}' => { push('\u{06C5}'); }
        '\u{FBE2}'..='\u{FBE3}' => { push('\u{06C9}'); }
        '\u{FBE4}'..='\u{FBE7}' => { push('\u{06D0}'); }
        '\u{FBE8}'..='\u{FBE9}' | '\u{FEEF}'..='\u{FEF0}' => { push('\u{0649}'); }
        '\u{FBEA}'..='\u{FBEB}' => { push('\u{0626}'); push('\u{0627}'); }
        '\u{FBEC}'..='\u{FBED}' => { push('\u{0626}'); push('\u{06D5}'); }
        '\u{FBEE}'..='\u{FBEF}' => { push('\u{0626}'); push('\u{0648}'); }
        '\u{FBF0}'..='\u{FBF1}' => { push('\u{0626}'); push('\u{06C7}'); }
        '\u{FBF2}'..='\u{FBF3}' => { push('\u{0626}'); push('\u{06C6}'); }
        '\u{FBF4}'..='\u{FBF5}' => { push('\u{0626}'); push('\u{06C8}'); }
        '\u{FBF6}'..='\u{FBF8}' => { push('\u{0626}'); push('\u{06D0}'); }
        '\u{FBF9}'..='\u{FBFB}' => { push('\u{0626}'); push('\u{0649}'); }
        '\u{FBFC}'..='\u{FBFF}' => { push('\u{06CC}'); }
        '\u{FE70}' => { push('\u{0020}'); push('\u{064B}'); }
        '\u{FE71}' => { push('\u{0640}'); push('\u{064B}'); }
        '\u{FE72}' => { push('\u{0020}'); push('\u{064C}'); }
        '\u{FE74}' => { push('\u{0020}'); push('\u{064D}'); }
        '\u{FE76}' => { push('\u{0020}'); push('\u{064E}'); }
        '\u{FE77}' => { push('\u{0640}'); push('\u{064E}'); }
        '\u{FE78}' => { push('\u{0020}'); push('\u{064F}'); }
        '\u{FE79}' => { push('\u{0640}'); push('\u{064F}'); }
        '\u{FE7A}' => { push('\u{0020}'); push('\u{0650}'); }
        '\u{FE7B}' => { push('\u{0640}'); push('\u{0650}'); }
        '\u{FE7C}' => { push('\u{0020}'); push('\u{0651}'); }
        '\u{FE7D}' => { push('\u{0640}'); push('\u{0651}'); }
        '\u{FE7E}' => { push('\u{0020}'); push('\u{0652}'); }
        '\u{FE7F}' => { push('\u{0640}'); push('\u{0652}'); }
        '\u{FE80}' => { push('\u{0621}'); }
        '\u{FE81}'..='\u{FE82}' => { push('\u{0622}'); }
        '\u{FE83}'..='\u{FE84}' => { push('\u{0623}'); }
        '\u{FE85}'..='\u{FE86}' => { push('\u{0624}'); }
        '\u{FE87}'..='\u{FE88}' => { push('\u{0625}'); }
        '\u{FE89}'..='\u{FE8C}' => { push('\u{0626}'); }
        '\u{FE8D}'..='\u{FE8E}' => { push('\u{0627}'); }
        '\u{FE8F}'..='\u{FE92}' => { push('\u{0628}'); }
        '\u{FE93}'..='\u{FE94}' => { push('\u{0629}'); }
        '\u{FE95}'..='\u{FE98}' => { push('\u{062A}'); }
        '\u{FE99}'..='\u{FE9C}' => { push('\u{062B}'); }
        '\u{FE9D}'..='\u{FEA0}' => { push('\u{062C}'); }
        '\u{FEA1}'..='\u{FEA4}' => { push('\u{062D}'); }
        '\u{FEA5}'..='\u{FEA8}' => { push('\u{062E}'); }
        '\u{FEA9}'..='\u{FEAA}' => { push('\u{062F}'); }
        '\u{FEAB}'..='\u{FEAC}' => { push('\u{0630}'); }
        '\u{FEAD}'..='\u{FEAE}' => { push('\u{0631}'); }
        '\u{FEAF}'..='\u{FEB0}' => { push('\u{0632}'); }
        '\u{FEB1}'..='\u{FEB4}' => { push('\u{0633}'); }
        '\u{FEB5}'..='\u{FEB8}' => { push('\u{0634}'); }
        '\u{FEB9}'..='\u{FEBC}' => { push('\u{0635}'); }
        '\u{FEBD}'..='\u{FEC0}' => { push('\u{0636}'); }
        '\u{FEC1}'..='\u{FEC4}' => { push('\u{0637}'); }
        '\u{FEC5}'..='\u{FEC8}' => { push('\u{0638}'); }
        '\u{FEC9}'..='\u{FECC}' => { push('\u{0639}'); }
        '\u{FECD}'..='\u{FED0}' => { push('\u{063A}'); }
        '\u{FED1}'..='\u{FED4}' => { push('\u{0641}'); }
        '\u{FED5}'..='\u{FED8}' => { push('\u{0642}'); }
        '\u{FED9}'..='\u{FEDC}' => { push('\u{0643}'); }
        '\u{FEDD}'..='\u{FEE0}' => { push('\u{0644}'); }
        '\u{FEE1}'..='\u{FEE4}' => { push('\u{0645}'); }
        '\u{FEE5}'..='\u{FEE8}' => { push('\u{0646}'); }
        '\u{FEE9}'..='\u{FEEC}' => { push('\u{0647}'); }
        '\u{FEED}'..='\u{FEEE}' => { push('\u{0648}'); }
        '\u{FEF1}'..='\u{FEF4}' => { push('\u{064A}'); }
        '\u{FEF5}'..='\u{FEF6}' => { push('\u{0644}'); push('\u{0622}'); }
        '\u{FEF7}'..='\u{FEF8}' => { push('\u{0644}'); push('\u{0623}'); }
        '\u{FEF9}'..='\u{FEFA}' => { push('\u{0644}'); push('\u{0625}'); }
        '\u{FEFB}'..='\u{FEFC}' => { push('\u{0644}'); push('\u{0627}'); }
        _ => return false,
    }
    true
}
