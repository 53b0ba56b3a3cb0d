//! A service as data: pages of questions, routing between them, and exit pages. Texts are not
//! here; each id names Fluent messages by convention (see `messages`).

use serde::{Deserialize, Serialize};

/// One online service, in the compiled form the browser and the server load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// Lower-case words joined by hyphens; also the file name and the address.
    pub id: String,
    /// Raised whenever the questions or their rules change; drafts and submissions carry it.
    pub version: u32,
    /// The catalogue topic the service is listed under.
    pub topic: String,
    /// Most of the people who use it are elderly: the information page offers elder mode first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suggest_elder_mode: bool,
    /// No decision follows what is sent (a consultation, a report): the citizen may rate the
    /// service as soon as it has been sent, on the confirmation page.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rated_when_sent: bool,
    pub pages: Vec<Page>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exits: Vec<Exit>,
}

/// A page of the journey: usually one question, sometimes a few related ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub id: String,
    pub questions: Vec<Question>,
    /// Tried in order after the page is answered; the first that matches decides where to go.
    /// With none matching, the journey goes to the next page, or to check answers after the last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<Route>,
}

/// A question and the rules its answer must follow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: AnswerKind,
    #[serde(default = "required_by_default", skip_serializing_if = "is_true")]
    pub required: bool,
    /// Choices for radios, checkboxes and select, as stable values (texts come from Fluent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// For checkboxes: the "none of these" option, which cannot be combined with others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive: Option<String>,
    /// Lowest and highest allowed number (numbers only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Most digits after the decimal point (decimal numbers only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decimal_places: Option<u8>,
    /// Longest answer in characters as a reader counts them (grapheme clusters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// Dates: whether the date may lie in the future or the past.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_in_future: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_in_past: bool,
    /// Dates of birth: the youngest and oldest age allowed, in whole years on the day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u32>,
    /// Resident ID numbers: the date question whose answer the embedded birth date must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matches: Option<String>,
    /// The HTML autocomplete token, for personal data (WCAG 1.3.5), e.g. `name`, `bday`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<String>,
}

fn required_by_default() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerKind {
    ShortText,
    LongText,
    WholeNumber,
    DecimalNumber,
    Date,
    Radios,
    Checkboxes,
    Select,
    YesNo,
    Email,
    MobileNumber,
    ResidentId,
    Postcode,
    FullName,
}

impl AnswerKind {
    /// Every kind, as written in definitions.
    pub const ALL: [AnswerKind; 14] = [
        AnswerKind::ShortText,
        AnswerKind::LongText,
        AnswerKind::WholeNumber,
        AnswerKind::DecimalNumber,
        AnswerKind::Date,
        AnswerKind::Radios,
        AnswerKind::Checkboxes,
        AnswerKind::Select,
        AnswerKind::YesNo,
        AnswerKind::Email,
        AnswerKind::MobileNumber,
        AnswerKind::ResidentId,
        AnswerKind::Postcode,
        AnswerKind::FullName,
    ];

    /// The name used in definition files.
    pub fn name(self) -> &'static str {
        match self {
            AnswerKind::ShortText => "short-text",
            AnswerKind::LongText => "long-text",
            AnswerKind::WholeNumber => "whole-number",
            AnswerKind::DecimalNumber => "decimal-number",
            AnswerKind::Date => "date",
            AnswerKind::Radios => "radios",
            AnswerKind::Checkboxes => "checkboxes",
            AnswerKind::Select => "select",
            AnswerKind::YesNo => "yes-no",
            AnswerKind::Email => "email",
            AnswerKind::MobileNumber => "mobile-number",
            AnswerKind::ResidentId => "resident-id",
            AnswerKind::Postcode => "postcode",
            AnswerKind::FullName => "full-name",
        }
    }

    /// Kinds answered by picking from a fixed list of values.
    pub fn has_options(self) -> bool {
        matches!(
            self,
            AnswerKind::Radios | AnswerKind::Checkboxes | AnswerKind::Select
        )
    }

    /// How many input fields the answer has (a date has day, month and year).
    pub fn field_count(self) -> usize {
        if self == AnswerKind::Date { 3 } else { 1 }
    }
}

/// A routing rule: when the condition holds, go to the destination.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Route {
    pub when: Condition,
    pub to: Destination,
}

/// A condition on an answer already given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Condition {
    pub question: String,
    /// Holds when the answer is this value (for checkboxes: includes it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is: Option<String>,
    /// Holds when the date answered is a birth date less than this many years ago.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_under: Option<u32>,
}

/// Where a route leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Destination {
    Page(String),
    CheckAnswers,
    Exit(String),
}

/// A page that ends the online journey and says what to do instead (e.g. apply in person).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exit {
    pub id: String,
}

impl Service {
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }

    pub fn page_index(&self, id: &str) -> Option<usize> {
        self.pages.iter().position(|p| p.id == id)
    }

    /// Every question of every page, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.pages.iter().flat_map(|p| &p.questions)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// The page holding question `id`.
    pub fn page_of(&self, question: &str) -> Option<&Page> {
        self.pages
            .iter()
            .find(|p| p.questions.iter().any(|q| q.id == question))
    }
}
