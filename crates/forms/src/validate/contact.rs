//! Email addresses, mainland China mobile numbers and postcodes.

use crate::error_code::ErrorCode;
use crate::normalize::{digits_only_spacing, normalize};

/// A practical check, not RFC 5322: one `@`, a plausible local part, a domain of labels with a
/// top-level part of at least two letters. The mail server is the final judge.
pub fn email(value: &str) -> Result<String, ErrorCode> {
    let address = normalize(value);
    let invalid = Err(ErrorCode::EmailInvalid);
    let Some((local, domain)) = address.split_once('@') else {
        return invalid;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && !local
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "@<>()[]\\,;:\"".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    if local_ok && domain_ok && address.len() <= 254 {
        Ok(address)
    } else {
        invalid
    }
}

/// Eleven digits starting 13–19, with an optional +86 or 0086 in front.
pub fn mobile_number(value: &str) -> Result<String, ErrorCode> {
    let digits = digits_only_spacing(value);
    let digits = digits
        .strip_prefix("+86")
        .or_else(|| digits.strip_prefix("0086"))
        .or_else(|| digits.strip_prefix("86").filter(|rest| rest.len() == 11))
        .unwrap_or(&digits);
    let bytes = digits.as_bytes();
    let valid = bytes.len() == 11
        && bytes.iter().all(u8::is_ascii_digit)
        && bytes[0] == b'1'
        && (b'3'..=b'9').contains(&bytes[1]);
    if valid {
        Ok(digits.to_string())
    } else {
        Err(ErrorCode::MobileNumberInvalid)
    }
}

/// Six digits.
pub fn postcode(value: &str) -> Result<String, ErrorCode> {
    let code = digits_only_spacing(value);
    if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(ErrorCode::PostcodeInvalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_are_accepted() {
        for address in [
            "zhang.san@example.com",
            "a+b@mail.gov.cn",
            "ＬＩ＠ＥＸＡＭＰＬＥ．ＣＮ",
            "user@例子.中国",
        ] {
            assert!(email(address).is_ok(), "{address}");
        }
        assert_eq!(email(" Li@Example.cn "), Ok("Li@Example.cn".into()));
    }

    #[test]
    fn malformed_addresses_are_rejected() {
        for address in [
            "plainaddress",
            "@example.com",
            "a@b",
            "a@@b.cn",
            "a b@c.cn",
            "a@-b.cn",
            "a@b.c",
            "a..b@c.cn",
            ".a@b.cn",
            "a@b.c1",
            "<script>@x.cn",
        ] {
            assert_eq!(email(address), Err(ErrorCode::EmailInvalid), "{address}");
        }
    }

    #[test]
    fn mobile_numbers_with_country_code_spaces_or_full_width_digits() {
        assert_eq!(mobile_number("13800138000"), Ok("13800138000".into()));
        assert_eq!(mobile_number("+86 138 0013 8000"), Ok("13800138000".into()));
        assert_eq!(mobile_number("0086-19912345678"), Ok("19912345678".into()));
        assert_eq!(mobile_number("8613800138000"), Ok("13800138000".into()));
        assert_eq!(
            mobile_number("１３８００１３８０００"),
            Ok("13800138000".into())
        );
    }

    #[test]
    fn not_mobile_numbers() {
        for number in [
            "12800138000",
            "1380013800",
            "138001380001",
            "010-12345678",
            "2380013800a",
            "+1 13800138000",
        ] {
            assert_eq!(
                mobile_number(number),
                Err(ErrorCode::MobileNumberInvalid),
                "{number}"
            );
        }
    }

    #[test]
    fn postcodes_are_six_digits() {
        assert_eq!(postcode("100 010"), Ok("100010".into()));
        assert_eq!(postcode("８３００００"), Ok("830000".into()));
        assert_eq!(postcode("10001"), Err(ErrorCode::PostcodeInvalid));
        assert_eq!(postcode("1000100"), Err(ErrorCode::PostcodeInvalid));
        assert_eq!(postcode("10001a"), Err(ErrorCode::PostcodeInvalid));
    }
}
