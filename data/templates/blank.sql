-- The blank template: a document with its default settings and an unnamed
-- committee, nothing else.  The store runs this file after the migrations,
-- in the same transaction.

INSERT INTO setting (id, value) VALUES ('report-lead-months', '1');
INSERT INTO setting (id, value) VALUES ('blackout-periods', '12-15..01-10');
INSERT INTO setting (id, value) VALUES ('region-scheme', 'itu-admin');
INSERT INTO setting (id, value) VALUES ('base-currency', 'CHF');

INSERT INTO committee (id, name, stage) VALUES ('COMMITTEE', '', 'forming');
