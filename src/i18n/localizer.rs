//! Fluent bundles for the language being shown and, when needed, its fallbacks. Pure (no
//! fetching), so formatting and fallback are tested natively.

use super::language::{Language, fallback_chain};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// Interface files every page needs, fetched for the active language at start-up.
/// Service texts live in `locales/<lang>/services/` and are fetched with their service.
pub const INTERFACE_FILES: &[&str] = &["shell", "pages"];

type Bundle = FluentBundle<FluentResource>;

/// A message argument: a name and a Fluent value (text or number).
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// Formats messages for one language, looking down its fallback chain for anything missing.
pub struct Localizer {
    language: &'static Language,
    bundles: Vec<(&'static Language, Bundle)>,
}

impl Localizer {
    /// A localizer for `language` with nothing loaded yet: every lookup misses.
    pub fn new(language: &'static Language) -> Self {
        Self {
            language,
            bundles: Vec::new(),
        }
    }

    /// The language this localizer speaks (its first choice, whatever had to fall back).
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// Adds the messages of one more language of the chain, parsed from the given sources.
    /// Returns the problems found, as text for the console; what parsed is kept.
    pub fn add_language(
        &mut self,
        language: &'static Language,
        sources: Vec<String>,
    ) -> Vec<String> {
        let mut problems = Vec::new();
        let mut bundle = Bundle::new_concurrent(vec![language.code.parse().unwrap_or_default()]);
        for source in sources {
            let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, errors)| {
                problems.extend(errors.iter().map(|e| format!("{}: {e}", language.code)));
                partial
            });
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{}: {e}", language.code)));
            }
        }
        self.bundles.push((language, bundle));
        problems
    }

    /// The next language of the chain that is not loaded yet, if any.
    pub fn next_fallback(&self) -> Option<&'static Language> {
        fallback_chain(self.language)
            .into_iter()
            .find(|candidate| self.bundles.iter().all(|(loaded, _)| loaded != candidate))
    }

    /// Formats `id` from the first loaded language that has it. `None` when no loaded language
    /// has the message; formatting errors are returned for logging, the text is still shown.
    pub fn format(&self, id: &str, args: &[Arg<'_>]) -> Option<(String, Vec<String>)> {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, value.clone());
            }
            fluent_args
        });
        self.bundles.iter().find_map(|(_, bundle)| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            Some((
                text.into_owned(),
                errors.iter().map(|e| format!("{id}: {e}")).collect(),
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::language::language_by_code;

    fn lang(code: &str) -> &'static Language {
        language_by_code(code).unwrap()
    }

    /// Fluent wraps placeables in these marks so mixed-direction text stays readable.
    fn strip_isolation(text: &str) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn a_message_missing_in_uyghur_is_taken_from_the_next_language_in_the_chain() {
        let mut localizer = Localizer::new(lang("ug"));
        localizer.add_language(lang("ug"), vec!["only-here = ئۇيغۇرچە\n".into()]);
        assert_eq!(localizer.next_fallback().map(|l| l.code), Some("zh-CN"));
        assert!(localizer.format("elsewhere", &[]).is_none());

        localizer.add_language(lang("zh-CN"), vec!["elsewhere = 中文\n".into()]);
        assert_eq!(localizer.format("elsewhere", &[]).unwrap().0, "中文");
        assert_eq!(localizer.format("only-here", &[]).unwrap().0, "ئۇيغۇرچە");
        assert_eq!(localizer.next_fallback().map(|l| l.code), Some("en"));
    }

    #[test]
    fn placeables_keep_bidi_isolation_marks() {
        let mut localizer = Localizer::new(lang("ug"));
        localizer.add_language(lang("ug"), vec!["ref = نومۇر { $code }\n".into()]);
        let (text, errors) = localizer
            .format("ref", &[("code", "AB12CD34".into())])
            .unwrap();
        assert!(errors.is_empty());
        assert_eq!(text, "نومۇر \u{2068}AB12CD34\u{2069}");
    }

    #[test]
    fn a_broken_entry_does_not_hide_the_messages_around_it() {
        let mut localizer = Localizer::new(lang("en"));
        let problems = localizer.add_language(
            lang("en"),
            vec!["good = Fine\nbroken = { $\nalso-good = Still fine\n".into()],
        );
        assert!(!problems.is_empty());
        assert_eq!(localizer.format("good", &[]).unwrap().0, "Fine");
        assert_eq!(
            strip_isolation(&localizer.format("also-good", &[]).unwrap().0),
            "Still fine"
        );
    }
}
