//! Answers as the citizen typed them: for each question, the values of its fields (one value for
//! most questions, day/month/year for a date, every ticked value for checkboxes). Kept raw so that
//! a page shown again holds exactly what was typed; validation produces the normalised form.

use std::collections::BTreeMap;

/// Question id → field values.
pub type Answers = BTreeMap<String, Vec<String>>;

/// The single value of a one-field answer, if there is exactly one.
pub fn single<'a>(answers: &'a Answers, question: &str) -> Option<&'a str> {
    match answers.get(question).map(Vec::as_slice) {
        Some([value]) => Some(value.as_str()),
        _ => None,
    }
}

/// Reads answers from a map that must not name a question twice: in JSON the last of two equal
/// keys would silently win, so what a reviewer sees in the request would not be what is kept.
/// For `#[serde(deserialize_with = "…")]` on a received submission.
pub fn deserialize_unique<'de, D>(deserializer: D) -> Result<Answers, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct UniqueKeys;

    impl<'de> serde::de::Visitor<'de> for UniqueKeys {
        type Value = Answers;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map of question ids to lists of strings, each id once")
        }

        fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<Answers, M::Error> {
            let mut answers = Answers::new();
            while let Some((question, values)) = map.next_entry::<String, Vec<String>>()? {
                if answers.contains_key(&question) {
                    return Err(serde::de::Error::custom(format_args!(
                        "question {question:?} answered twice"
                    )));
                }
                answers.insert(question, values);
            }
            Ok(answers)
        }
    }

    deserializer.deserialize_map(UniqueKeys)
}
