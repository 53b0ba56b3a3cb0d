-- Refusals on each question page per error code and day (insight: where citizens make
-- mistakes): counts only, nothing about who or what they entered.
CREATE TABLE page_errors (
    service TEXT NOT NULL,
    page TEXT NOT NULL,
    code TEXT NOT NULL,
    day TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (service, day, page, code)
);
