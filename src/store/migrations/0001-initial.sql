-- Convoke document schema, version 1.
--
-- One table per kind of entity (src/core/cvk-*.c), one column per field:
-- the property name with '-' written '_'.  Every table has an integer key
-- (pk) and a text id unique in the table; references use the id and follow
-- it when it is renamed.  Absent references are NULL; absent text is ''.
-- Enumerations are stored by their nicks, dates as ISO 8601 text.

CREATE TABLE setting (
  pk     INTEGER PRIMARY KEY,
  id     TEXT NOT NULL UNIQUE CHECK (id <> ''),
  value  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE country_region (
  pk      INTEGER PRIMARY KEY,
  id      TEXT NOT NULL UNIQUE CHECK (length (id) = 2),
  region  TEXT NOT NULL CHECK (region IN ('A', 'B', 'C', 'D', 'E'))
);

CREATE TABLE committee (
  pk          INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE CHECK (id <> ''),
  name        TEXT NOT NULL DEFAULT '',
  stage       TEXT NOT NULL DEFAULT 'forming'
              CHECK (stage IN ('forming', 'executing', 'reporting', 'dismantled')),
  formed      TEXT CHECK (formed IS NULL OR date (formed) = formed),
  executing   TEXT CHECK (executing IS NULL OR date (executing) = executing),
  reporting   TEXT CHECK (reporting IS NULL OR date (reporting) = reporting),
  dismantled  TEXT CHECK (dismantled IS NULL OR date (dismantled) = dismantled),
  notes       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE member (
  pk             INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE CHECK (id <> ''),
  name           TEXT NOT NULL DEFAULT '',
  role           TEXT NOT NULL DEFAULT 'other'
                 CHECK (role IN ('rg-iem-lead', 'tsb-director', 'deputy-sg',
                                 'itu-t-counsellor', 'regional-volunteer', 'other')),
  region         TEXT NOT NULL DEFAULT '',
  country        TEXT NOT NULL DEFAULT '' CHECK (country = '' OR length (country) = 2),
  organization   TEXT NOT NULL DEFAULT '',
  email          TEXT NOT NULL DEFAULT '',
  gender         TEXT NOT NULL DEFAULT 'undisclosed'
                 CHECK (gender IN ('undisclosed', 'female', 'male', 'other')),
  youth          INTEGER NOT NULL DEFAULT 0 CHECK (youth IN (0, 1)),
  status         TEXT NOT NULL DEFAULT 'vacant'
                 CHECK (status IN ('vacant', 'candidate', 'confirmed', 'withdrawn')),
  justification  TEXT NOT NULL DEFAULT '',
  term_start     TEXT CHECK (term_start IS NULL OR date (term_start) = term_start),
  term_end       TEXT CHECK (term_end IS NULL OR date (term_end) = term_end)
);

CREATE TABLE item (
  pk         INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE CHECK (id <> ''),
  name       TEXT NOT NULL DEFAULT '',
  kind       TEXT NOT NULL DEFAULT 'task'
             CHECK (kind IN ('phase', 'task', 'milestone', 'workshop', 'report', 'meeting')),
  body       TEXT NOT NULL DEFAULT 'none'
             CHECK (body IN ('none', 'TSAG', 'WP2', 'RG-IEM', 'IEWSC')),
  start      TEXT CHECK (start IS NULL OR date (start) = start),
  "end"      TEXT CHECK ("end" IS NULL OR date ("end") = "end"),
  precision  TEXT NOT NULL DEFAULT 'day'
             CHECK (precision IN ('day', 'month', 'season', 'year')),
  status     TEXT NOT NULL DEFAULT 'fixed' CHECK (status IN ('fixed', 'TBC', 'TBD')),
  parent     TEXT REFERENCES item (id) ON UPDATE CASCADE ON DELETE SET NULL,
  owner      TEXT REFERENCES member (id) ON UPDATE CASCADE ON DELETE SET NULL,
  progress   INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  notes      TEXT NOT NULL DEFAULT '',
  position   INTEGER NOT NULL DEFAULT 0,
  CHECK (start IS NULL OR "end" IS NULL OR start <= "end"),
  CHECK (parent IS NULL OR parent <> id)
);

CREATE TABLE dependency (
  pk           INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE CHECK (id <> ''),
  predecessor  TEXT NOT NULL REFERENCES item (id) ON UPDATE CASCADE ON DELETE CASCADE,
  successor    TEXT NOT NULL REFERENCES item (id) ON UPDATE CASCADE ON DELETE CASCADE,
  relation     TEXT NOT NULL DEFAULT 'FS' CHECK (relation IN ('FS', 'SS', 'FF', 'SF')),
  lag          INTEGER NOT NULL DEFAULT 0,
  UNIQUE (predecessor, successor, relation)
);

CREATE TABLE workshop (
  pk        INTEGER PRIMARY KEY,
  id        TEXT NOT NULL UNIQUE CHECK (id <> ''),
  item      TEXT UNIQUE REFERENCES item (id) ON UPDATE CASCADE ON DELETE SET NULL,
  edition   INTEGER NOT NULL UNIQUE CHECK (edition > 0),
  title     TEXT NOT NULL DEFAULT '',
  place     TEXT NOT NULL DEFAULT '',
  format    TEXT NOT NULL DEFAULT 'in-person' CHECK (format IN ('in-person', 'hybrid', 'online')),
  audience  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE budget_line (
  pk           INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE CHECK (id <> ''),
  workshop     TEXT REFERENCES workshop (id) ON UPDATE CASCADE ON DELETE SET NULL,
  category     TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT '',
  currency     TEXT NOT NULL DEFAULT 'CHF' CHECK (length (currency) = 3 AND currency = upper (currency)),
  planned      INTEGER NOT NULL DEFAULT 0,
  committed    INTEGER NOT NULL DEFAULT 0,
  actual       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE staff_allocation (
  pk            INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE CHECK (id <> ''),
  person        TEXT NOT NULL DEFAULT '',
  workshop      TEXT REFERENCES workshop (id) ON UPDATE CASCADE ON DELETE SET NULL,
  item          TEXT REFERENCES item (id) ON UPDATE CASCADE ON DELETE SET NULL,
  planned_days  REAL NOT NULL DEFAULT 0 CHECK (planned_days >= 0),
  actual_days   REAL NOT NULL DEFAULT 0 CHECK (actual_days >= 0)
);

CREATE TABLE contact (
  pk                  INTEGER PRIMARY KEY,
  id                  TEXT NOT NULL UNIQUE CHECK (id <> ''),
  name                TEXT NOT NULL DEFAULT '',
  email               TEXT NOT NULL DEFAULT '',
  organization        TEXT NOT NULL DEFAULT '',
  organization_type   TEXT NOT NULL DEFAULT '',
  country             TEXT NOT NULL DEFAULT '' CHECK (country = '' OR length (country) = 2),
  language            TEXT NOT NULL DEFAULT '',
  gender              TEXT NOT NULL DEFAULT 'undisclosed'
                      CHECK (gender IN ('undisclosed', 'female', 'male', 'other')),
  previous_workshops  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE invitation (
  pk            INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE CHECK (id <> ''),
  workshop      TEXT NOT NULL REFERENCES workshop (id) ON UPDATE CASCADE ON DELETE CASCADE,
  contact       TEXT NOT NULL REFERENCES contact (id) ON UPDATE CASCADE ON DELETE CASCADE,
  state         TEXT NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'sent', 'accepted', 'declined', 'bounced')),
  registration  TEXT NOT NULL DEFAULT 'none'
                CHECK (registration IN ('none', 'registered', 'waitlisted', 'cancelled')),
  attended      INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
  sent          TEXT CHECK (sent IS NULL OR date (sent) = sent),
  answered      TEXT CHECK (answered IS NULL OR date (answered) = answered),
  UNIQUE (workshop, contact)
);

CREATE TABLE letter_template (
  pk        INTEGER PRIMARY KEY,
  id        TEXT NOT NULL UNIQUE CHECK (id <> ''),
  language  TEXT NOT NULL DEFAULT 'en',
  subject   TEXT NOT NULL DEFAULT '',
  body      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE indicator (
  pk           INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE CHECK (id <> ''),
  name         TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE koi_measurement (
  pk         INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE CHECK (id <> ''),
  workshop   TEXT NOT NULL REFERENCES workshop (id) ON UPDATE CASCADE ON DELETE CASCADE,
  indicator  TEXT NOT NULL REFERENCES indicator (id) ON UPDATE CASCADE ON DELETE CASCADE,
  value      INTEGER NOT NULL DEFAULT 0,
  method     TEXT NOT NULL DEFAULT '',
  measured   TEXT CHECK (measured IS NULL OR date (measured) = measured)
);

CREATE INDEX item_parent ON item (parent);
CREATE INDEX item_owner ON item (owner);
CREATE INDEX dependency_successor ON dependency (successor);
CREATE INDEX budget_line_workshop ON budget_line (workshop);
CREATE INDEX staff_allocation_workshop ON staff_allocation (workshop);
CREATE INDEX staff_allocation_item ON staff_allocation (item);
CREATE INDEX invitation_contact ON invitation (contact);
CREATE INDEX koi_measurement_workshop ON koi_measurement (workshop);
CREATE INDEX koi_measurement_indicator ON koi_measurement (indicator);
