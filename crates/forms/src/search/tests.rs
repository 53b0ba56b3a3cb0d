use super::*;
use unicode_normalization::UnicodeNormalization;

fn entry(id: &str, name: &str, text: &str, pinyin: &str, initials: &str) -> SearchEntry {
    SearchEntry {
        id: id.into(),
        name: fold(name),
        text: fold(text),
        pinyin: pinyin.into(),
        initials: initials.into(),
    }
}

fn index() -> Vec<SearchEntry> {
    vec![
        entry(
            "id-card-replacement",
            "补换居民身份证",
            "身份证丢失、损坏、过期",
            "buhuanjuminshenfenzheng",
            "bhjmsfz",
        ),
        entry(
            "product-quality-complaint",
            "质量投诉",
            "买到的东西有问题",
            "zhiliangtousu",
            "zlts",
        ),
        entry(
            "ug-card",
            "ئاھالىلەر كىملىكىنى ئالماشتۇرۇش",
            "كىملىك يوقالغان",
            "",
            "",
        ),
        entry("bo-card", "ངོ་སྤྲོད་ལག་ཁྱེར།", "ལག་ཁྱེར་བརླག་པ།", "", ""),
        entry("kk-pension", "زەينەتاقى ٴتولەۋ", "ٴومىر كۋالىگى", "", ""),
        entry(
            "mn-card",
            "ᠢᠷᠭᠡᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ",
            "ᠰᠠᠷ\u{180E}ᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭ᠃",
            "",
            "",
        ),
        entry("ko-card", "주민 신분증 재발급", "분실 또는 훼손", "", ""),
        entry(
            "en-card",
            "Replace a resident ID card",
            "lost or damaged",
            "",
            "",
        ),
    ]
}

#[test]
fn chinese_by_characters_pinyin_and_initials() {
    let index = index();
    assert_eq!(find(&index, "身份证"), ["id-card-replacement"]);
    assert_eq!(find(&index, "sfz"), ["id-card-replacement"]);
    assert_eq!(find(&index, "shenfenzheng"), ["id-card-replacement"]);
    assert_eq!(find(&index, "Shen Fen Zheng"), ["id-card-replacement"]);
    assert_eq!(
        find(&index, "ＳＦＺ"),
        ["id-card-replacement"],
        "full-width"
    );
    assert_eq!(find(&index, "zlts"), ["product-quality-complaint"]);
}

#[test]
fn case_spaces_and_punctuation_do_not_matter() {
    let index = index();
    assert_eq!(find(&index, "id-card"), ["en-card"]);
    assert_eq!(find(&index, "ＩＤ　ｃａｒｄ"), ["en-card"]);
    assert_eq!(find(&index, "  DAMAGED. "), ["en-card"]);
    assert!(
        find(&index, " ,.、 ").is_empty(),
        "nothing left to look for"
    );
    assert!(find(&index, "passport").is_empty());
}

#[test]
fn uyghur_with_or_without_hamza_marks_and_presentation_forms() {
    let index = index();
    assert_eq!(find(&index, "كىملىك"), ["ug-card"]);
    // Without the word-initial hamza, with a tatweel, and with Persian keyboard letters.
    assert_eq!(find(&index, "الماشتۇرۇش"), ["ug-card"]);
    assert_eq!(find(&index, "كىـملىك"), ["ug-card"]);
    assert_eq!(find(&index, "کىملىک"), ["ug-card"]);
    // Copied from a PDF in presentation forms: ﻛﯩﻤﻠﯩﻚ
    assert_eq!(
        find(&index, "\u{FEDB}\u{FBE9}\u{FEE4}\u{FEE0}\u{FBE9}\u{FEDA}"),
        ["ug-card"]
    );
}

#[test]
fn tibetan_with_or_without_tsheg_and_shad_and_decomposed() {
    let index = index();
    assert_eq!(find(&index, "ལག་ཁྱེར"), ["bo-card"]);
    assert_eq!(find(&index, "ལག་ཁྱེར་"), ["bo-card"]);
    assert_eq!(find(&index, "ལགཁྱེར"), ["bo-card"]);
    assert_eq!(find(&index, "ངོ་སྤྲོད།"), ["bo-card"]);
    // U+0F0C, the non-breaking tsheg, is a tsheg.
    assert_eq!(find(&index, "ལག\u{0F0C}ཁྱེར"), ["bo-card"]);
    // A precomposed letter and its two-part spelling are the same.
    assert_eq!(fold("\u{0F43}"), fold("\u{0F42}\u{0FB7}"));
}

#[test]
fn kazakh_with_or_without_the_high_hamza() {
    let index = index();
    assert_eq!(find(&index, "ٴتولەۋ"), ["kk-pension"]);
    assert_eq!(find(&index, "تولەۋ"), ["kk-pension"]);
    // The precomposed letter (U+0676) is waw and the hamza.
    assert_eq!(find(&index, "\u{0676}مىر"), ["kk-pension"]);
    assert_eq!(find(&index, "ومىر"), ["kk-pension"]);
}

#[test]
fn mongolian_with_or_without_variation_selectors_separators_and_punctuation() {
    let index = index();
    assert_eq!(find(&index, "ᠦᠨᠡᠮᠯᠡᠯ"), ["mn-card"]);
    // The case ending written after a narrow no-break space, or joined on.
    assert_eq!(find(&index, "ᠢᠷᠭᠡᠨ\u{202F}ᠦ"), ["mn-card"]);
    assert_eq!(find(&index, "ᠢᠷᠭᠡᠨᠦ"), ["mn-card"]);
    // Typed without the vowel separator, or with a variation selector, and with a full stop.
    assert_eq!(find(&index, "ᠰᠠᠷᠠ"), ["mn-card"]);
    assert_eq!(find(&index, "ᠲᠡᠮᠳᠡ\u{180B}ᠭ᠃"), ["mn-card"]);
}

#[test]
fn korean_while_a_syllable_is_still_being_typed_and_decomposed() {
    let index = index();
    assert_eq!(find(&index, "신분증"), ["ko-card"]);
    assert_eq!(find(&index, "신분 증"), ["ko-card"]);
    // Half-way through typing 분: 부 (its first two letters) already finds it.
    assert_eq!(find(&index, "신부"), ["ko-card"]);
    // Text that arrives decomposed (NFD, as some systems write it) is the same.
    let decomposed: String = "재발급".nfd().collect();
    assert_eq!(find(&index, &decomposed), ["ko-card"]);
    for c in ['가', '각', '힣', '놓'] {
        assert_eq!(
            fold(&c.to_string()),
            c.to_string().nfd().collect::<String>(),
            "{c}"
        );
    }
}

#[test]
fn the_name_ranks_before_the_summary() {
    let index = vec![
        entry("a", "申请补助", "与身份证有关", "", ""),
        entry("b", "身份证", "", "", ""),
    ];
    assert_eq!(find(&index, "身份证"), ["b", "a"]);
}

#[test]
fn the_table_agrees_with_unicode_normalization() {
    let ranges = [
        (0x0F00, 0x0FFF, true),
        (0xFB50, 0xFBFF, false),
        (0xFE70, 0xFEFF, false),
    ];
    let mut decomposed = 0;
    for (first, last, tibetan) in ranges {
        for code in first..=last {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let expected: String = if tibetan {
                c.nfkd().collect()
            } else {
                c.nfkc().collect()
            };
            let mut got = String::new();
            if table::decompose(c, &mut |p| got.push(p)) {
                decomposed += 1;
                assert_eq!(got, expected, "U+{code:04X}");
            } else {
                assert_eq!(expected, c.to_string(), "U+{code:04X} is missing");
            }
        }
    }
    assert!(decomposed > 290, "{decomposed}");
}

#[test]
fn upper_and_lower_case_are_one_in_latin_and_cyrillic() {
    assert_eq!(fold("ÉTAT Straße"), "étatstraße");
    assert_eq!(fold("ҚАЗАҚ ӘЛІПБИІ"), "қазақәліпбиі");
    assert_eq!(fold("ЁЖИК"), "ёжик");
}
