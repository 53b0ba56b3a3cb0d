//! Words of free text, per language, for counting: Chinese segmented by jieba, Uyghur and
//! English by spaces and punctuation, Tibetan by syllable pairs. Stop words, numbers and anything
//! holding a digit or an `@` (ID numbers, phone numbers, e-mail addresses) are never terms.

use jieba_rs::Jieba;
use std::collections::BTreeSet;

const ZH_STOP: &[&str] = &[
    "我们",
    "你们",
    "他们",
    "这个",
    "那个",
    "一个",
    "没有",
    "什么",
    "因为",
    "所以",
    "但是",
    "而且",
    "已经",
    "可以",
    "还是",
    "就是",
    "不是",
    "这样",
    "时候",
    "如果",
    "自己",
    "希望",
    "觉得",
    "这些",
    "那些",
    "以及",
    "或者",
    "进行",
    "对于",
    "关于",
    "目前",
    "现在",
    "问题",
    "情况",
    "非常",
    "一直",
    "还有",
    "然后",
    "怎么",
    "为什么",
    "请问",
    "谢谢",
];
const EN_STOP: &[&str] = &[
    "the", "and", "for", "that", "this", "with", "was", "were", "are", "but", "not", "you", "our",
    "from", "have", "has", "had", "they", "their", "there", "which", "would", "should", "could",
    "about", "after", "before", "when", "what", "into", "more", "some", "than", "then", "them",
    "very", "also", "just", "been", "being", "its", "it's", "can", "did", "does", "done", "any",
    "all", "out", "too", "who", "how", "why", "she", "his", "her", "him", "one", "two", "please",
    "while", "write", "thank", "thanks", "again", "still", "will", "your", "get", "got",
];
const UG_STOP: &[&str] = &[
    "ۋە",
    "بىلەن",
    "بۇ",
    "ئۇ",
    "بىر",
    "ھەم",
    "ئۈچۈن",
    "دەپ",
    "بولۇپ",
    "مەن",
    "بىز",
    "سىز",
    "ئەمما",
    "لېكىن",
    "يەنە",
    "شۇ",
    "ئىدى",
    "بار",
    "يوق",
    "كېرەك",
    "ناھايىتى",
];
const BO_STOP: &[&str] = &[
    "དང",
    "ནི",
    "ཀྱི",
    "གི",
    "གྱི",
    "ཡི",
    "འི",
    "ལ",
    "ན",
    "ཡིན",
    "རེད",
    "དུ",
    "ཏུ",
    "སུ",
    "ར",
    "གིས",
    "ཀྱིས",
    "གྱིས",
    "ཡིས",
    "ནས",
    "ལས",
    "ཀྱང",
    "ཡང",
    "འདི",
    "དེ",
    "བ",
    "པ",
    "མ",
    "མི",
    "ཡོད",
];

/// Whether `word` could single someone out or says nothing: digits, `@`, what was masked, too
/// short.
fn unusable(word: &str, shortest: usize) -> bool {
    word.chars().count() < shortest
        || word.chars().any(|c| c.is_numeric() || c == '@' || c == '•')
        || !word.chars().any(char::is_alphabetic)
}

/// `text` with e-mail addresses and runs of four or more digits (any script's digits) masked,
/// before anything else reads it: a segmenter would cut `zhangwei@163.com` into a name and
/// the rest.
pub fn scrubbed(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut hidden = vec![false; chars.len()];
    let address = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    for (at, c) in chars.iter().enumerate() {
        if *c != '@' {
            continue;
        }
        hidden[at] = true;
        let mut i = at;
        while i > 0 && address(chars[i - 1]) {
            i -= 1;
            hidden[i] = true;
        }
        let mut j = at + 1;
        while j < chars.len() && address(chars[j]) {
            hidden[j] = true;
            j += 1;
        }
    }
    let mut start = 0;
    while start < chars.len() {
        if chars[start].is_numeric() {
            let mut end = start;
            while end < chars.len() && chars[end].is_numeric() {
                end += 1;
            }
            if end - start >= 4 {
                hidden[start..end].iter_mut().for_each(|h| *h = true);
            }
            start = end;
        } else {
            start += 1;
        }
    }
    chars
        .iter()
        .zip(hidden)
        .map(|(c, hide)| if hide { '•' } else { *c })
        .collect()
}

/// The distinct terms of `text`, written in `language`.
pub fn terms(text: &str, language: &str, jieba: &Jieba) -> BTreeSet<String> {
    let text = scrubbed(text);
    let text = text.as_str();
    let mut found = BTreeSet::new();
    match language {
        "zh-CN" => {
            // Personal names are never terms: those the dictionary knows (tagged nr…) and the
            // words it does not know (tagged x), which are mostly names.
            for tagged in jieba.tag(text, true) {
                let word = tagged.word.trim();
                let name = tagged.tag.starts_with("nr") || tagged.tag == "x";
                if !name && !unusable(word, 2) && !ZH_STOP.contains(&word) {
                    found.insert(word.to_string());
                }
            }
        }
        "bo" => {
            for phrase in text.split(|c: char| c == '།' || c == '༎' || c.is_whitespace()) {
                let syllables: Vec<&str> = phrase
                    .split('་')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect();
                for pair in syllables.windows(2) {
                    if pair.iter().all(|s| BO_STOP.contains(s))
                        || pair.iter().any(|s| unusable(s, 1))
                    {
                        continue;
                    }
                    found.insert(format!("{}་{}", pair[0], pair[1]));
                }
            }
        }
        _ => {
            let stop: &[&str] = if language == "ug" { UG_STOP } else { EN_STOP };
            for sentence in text.split(['.', '!', '?', ';', '\n', '。', '؟', '؛']) {
                let words = sentence
                    .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '@'))
                    .map(|w| w.trim_matches('\''))
                    .filter(|w| !w.is_empty());
                for (at, raw) in words.enumerate() {
                    // In English a capital inside a sentence is most likely a name: not a term.
                    if language == "en" && at > 0 && raw.starts_with(char::is_uppercase) {
                        continue;
                    }
                    let word = raw.to_lowercase();
                    if !unusable(&word, 3) && !stop.contains(&word.as_str()) {
                        found.insert(word);
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_segmented_and_numbers_and_addresses_are_never_terms() {
        let jieba = Jieba::new();
        let found = terms(
            "电热水壶烧水时漏电，电话13800138000，邮箱li@example.cn",
            "zh-CN",
            &jieba,
        );
        assert!(found.contains("漏电"), "{found:?}");
        assert!(
            found
                .iter()
                .all(|t| !t.chars().any(|c| c.is_ascii_digit()) && !t.contains('@')),
            "{found:?}"
        );
    }

    #[test]
    fn english_uyghur_and_tibetan_are_split_and_stop_words_dropped() {
        let jieba = Jieba::new();
        let en = terms(
            "The battery was swollen, and the charger 110101199003077777 failed.",
            "en",
            &jieba,
        );
        assert!(
            en.contains("battery") && en.contains("swollen") && !en.contains("the"),
            "{en:?}"
        );
        assert!(!en.iter().any(|t| t.contains('1')), "{en:?}");
        let ug = terms("تۇرالغۇ ۋە سۇ مەسىلىسى", "ug", &jieba);
        assert!(ug.contains("تۇرالغۇ") && !ug.contains("ۋە"), "{ug:?}");
        let bo = terms("ཆུ་ཁ་མི་འདུག། ཆུ་ཁ་", "bo", &jieba);
        assert!(bo.contains("ཆུ་ཁ"), "{bo:?}");
    }

    #[test]
    fn addresses_and_long_numbers_are_masked_in_any_script() {
        assert_eq!(
            scrubbed("call 13800138000 or li@example.cn now"),
            "call ••••••••••• or ••••••••••••• now"
        );
        assert_eq!(
            scrubbed("漏电3次，身份证110101199003077777"),
            "漏电3次，身份证••••••••••••••••••"
        );
        assert_eq!(scrubbed("电话１３８００１３８０００"), "电话•••••••••••");
        assert_eq!(
            scrubbed("邮箱zhangwei@163.com联系"),
            "邮箱••••••••••••••••联系"
        );
    }

    #[test]
    fn english_names_inside_a_sentence_are_never_terms() {
        let jieba = Jieba::new();
        let found = terms(
            "Battery swelled. My neighbour John Smith had the same battery problem!",
            "en",
            &jieba,
        );
        assert!(
            found.contains("battery") && found.contains("neighbour"),
            "{found:?}"
        );
        assert!(
            !found.contains("john") && !found.contains("smith"),
            "{found:?}"
        );
    }

    #[test]
    fn address_names_and_personal_names_are_never_terms() {
        let jieba = Jieba::new();
        let found = terms(
            "请联系zhangwei@163.com，我叫张伟，电热水壶漏电",
            "zh-CN",
            &jieba,
        );
        assert!(
            !found
                .iter()
                .any(|t| t.contains("zhangwei") || t.contains("张伟")),
            "{found:?}"
        );
        assert!(found.contains("漏电"), "{found:?}");
    }
}
