-- Views of each service's information page per day (insight's completion share): counts only,
-- nothing about who.
CREATE TABLE page_views (
    service TEXT NOT NULL,
    day TEXT NOT NULL,
    views BIGINT NOT NULL,
    PRIMARY KEY (service, day)
);
