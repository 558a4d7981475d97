-- The built-in IEWSC template: the plan of the ITU-T Industry Engagement
-- Workshop Steering Committee as its Terms of Reference (ToR) set it out.
-- See README.md in this folder for the reading of the ToR behind each row.
--
-- The store runs this file after the migrations, in the same transaction.
-- Plain INSERTs against schema version 1: no pk, ids as text, NULL for an
-- absent reference or date, '' for absent text, enumerations by their nicks.
-- No invented people, amounts, contacts or measurements.

-- Settings -----------------------------------------------------------------

INSERT INTO setting (id, value) VALUES ('report-lead-months', '1');
INSERT INTO setting (id, value) VALUES ('blackout-periods', '12-15..01-10');
INSERT INTO setting (id, value) VALUES ('region-scheme', 'itu-admin');
INSERT INTO setting (id, value) VALUES ('base-currency', 'CHF');

-- The committee --------------------------------------------------------------

INSERT INTO committee (id, name, stage, formed, executing, reporting, dismantled, notes)
VALUES ('IEWSC', 'ITU-T Industry Engagement Workshop Steering Committee', 'forming',
        NULL, NULL, NULL, NULL,
        'Supports the implementation of WTSA Resolution 68 and the workshop aspect of the industry engagement action plan (AP2): three Industry Engagement Workshops in the study period, in 2026, 2027 and 2028.

Lifecycle (ToR):
- formed upon TSAG agreement at a TSAG meeting (TL01, 30 May 2025);
- executes its mission until the workshops are delivered;
- delivers a report to WP2/TSAG no later than one month before the next WP2 or TSAG meeting, whichever is scheduled first;
- is dismantled after all reports are delivered to TSAG (TL11, Summer 2028).

The IEWSC follows Recommendation ITU-T A.31 (guidelines and coordination requirements for the organization of ITU-T workshops and seminars), and co-creates each workshop programme with TSAG members.');

-- The seats of the committee (all vacant: fill in the people) ------------------
-- R01-R04: ex officio seats.  The Deputy Secretary-General's seat (R03) is
-- optional: the TSB Director may consider inviting the Deputy Secretary-General.
-- R05-R14: two volunteers from the ITU membership per ITU administrative region,
-- each with a good justification to join (experience in workshops, network of
-- relationships in industry, ...).

INSERT INTO member (id, name, role, region, country, organization, status) VALUES
  ('R01', '', 'rg-iem-lead',        '',  '', '',    'vacant'),
  ('R02', '', 'tsb-director',       '',  '', 'ITU', 'vacant'),
  ('R03', '', 'deputy-sg',          '',  '', 'ITU', 'vacant'),
  ('R04', '', 'itu-t-counsellor',   '',  '', 'ITU', 'vacant'),
  ('R05', '', 'regional-volunteer', 'A', '', '',    'vacant'),
  ('R06', '', 'regional-volunteer', 'A', '', '',    'vacant'),
  ('R07', '', 'regional-volunteer', 'B', '', '',    'vacant'),
  ('R08', '', 'regional-volunteer', 'B', '', '',    'vacant'),
  ('R09', '', 'regional-volunteer', 'C', '', '',    'vacant'),
  ('R10', '', 'regional-volunteer', 'C', '', '',    'vacant'),
  ('R11', '', 'regional-volunteer', 'D', '', '',    'vacant'),
  ('R12', '', 'regional-volunteer', 'D', '', '',    'vacant'),
  ('R13', '', 'regional-volunteer', 'E', '', '',    'vacant'),
  ('R14', '', 'regional-volunteer', 'E', '', '',    'vacant');

-- The timeline ---------------------------------------------------------------
-- Phases first (children refer to them).  A period is the span the date
-- stands for: a month from its first to its last day, a season from the first
-- day of its first month to the last day of its third (spring March-May,
-- summer June-August, fall September-November).

INSERT INTO item (id, name, kind, body, start, "end", precision, status, parent, notes, position) VALUES
  ('PH1', 'Formation', 'phase', 'none', '2025-05-01', '2025-10-31', 'month', 'fixed', NULL,
   'From the TSAG approval of the IEWSC to the final review that kicks off the organization of the workshops (TL01-TL03).', 0),
  ('PH2', 'Workshop 1 (2026)', 'phase', 'none', '2025-11-01', '2026-11-30', 'month', 'TBD', NULL,
   'The first Industry Engagement Workshop: its six work packages (ToR, project management tasks, after Rec. ITU-T A.31), the workshop, the IEWSC report and the TSAG review (TL04-TL06).', 1),
  ('PH3', 'Workshop 2 (2027)', 'phase', 'none', '2026-09-01', '2027-11-30', 'month', 'TBD', NULL,
   'The second Industry Engagement Workshop, designed on the outcomes and the report of the first: work packages, workshop, report and TSAG review (TL07-TL09).', 2),
  ('PH4', 'Workshop 3 (2028)', 'phase', 'none', '2027-09-01', '2028-09-30', 'month', 'TBD', NULL,
   'The third Industry Engagement Workshop, designed on the outcomes and the report of the second: work packages, workshop, and the final IEWSC report, after which the IEWSC is dismantled (TL10-TL11).', 3),
  ('PH5', 'Closure', 'phase', 'none', '2028-06-01', '2028-11-30', 'month', 'TBD', NULL,
   'WP2 (or TSAG) reviews the final IEWSC report and the learnings for ITU-T in view of WTSA-28 (TL12-TL13).', 4);

-- Table 1 of the ToR (updated values), TL01-TL13.

INSERT INTO item (id, name, kind, body, start, "end", precision, status, parent, notes, position) VALUES
  ('TL01', 'TSAG approves the formation of the IEWSC', 'meeting', 'TSAG',
   '2025-05-30', '2025-05-30', 'day', 'fixed', 'PH1',
   'Occasion: TSAG meeting. TSAG approves the formation of an Industry Engagement Workshop Steering Committee (IEWSC) to organize the workshops.', 0),
  ('TL02', 'The IEWSC formally starts its work', 'meeting', 'IEWSC',
   '2025-06-01', '2025-06-30', 'month', 'fixed', 'PH1',
   'Occasion: IEWSC first meetings. The IEWSC is formally started and engages its work.', 1),
  ('TL03', 'The IEWSC reports on its progress; final review to kick off the workshop organization', 'meeting', 'RG-IEM',
   '2025-10-01', '2025-10-31', 'month', 'fixed', 'PH1',
   'Occasion: WP2 or RG-IEM meeting; set to RG-IEM (TSAG Rapporteur Group on Industry Engagement), change the body to WP2 if the review takes place there. The IEWSC reports on its activities and progress; final review to kick off the workshop organization.', 2);

INSERT INTO item (id, name, kind, body, start, "end", precision, status, parent, notes, position) VALUES
  ('TL04', 'The first workshop is delivered', 'workshop', 'none',
   '2026-03-01', '2026-05-31', 'season', 'TBD', 'PH2',
   'Occasion: Industry Engagement Workshop (workshop WS1). Spring 2026, TBD.', 4),
  ('TL05', 'The IEWSC issues its report on the first workshop', 'report', 'TSAG',
   '2026-06-01', '2026-08-31', 'season', 'TBD', 'PH2',
   'Occasion: TBD. Report to WP2/TSAG, due no later than one month before the next WP2 or TSAG meeting (here TL06).', 7),
  ('TL06', 'TSAG reviews the progress of the IEWSC and the workshop', 'meeting', 'TSAG',
   '2026-09-01', '2026-11-30', 'season', 'TBC', 'PH2',
   'Occasion: TSAG meeting. Fall 2026, to be confirmed.', 8),
  ('TL07', 'The second workshop is delivered', 'workshop', 'none',
   '2027-03-01', '2027-05-31', 'season', 'TBD', 'PH3',
   'Occasion: Industry Engagement Workshop (workshop WS2). Spring 2027, TBD.', 4),
  ('TL08', 'The IEWSC issues its report on the second workshop', 'report', 'TSAG',
   '2027-06-01', '2027-08-31', 'season', 'TBD', 'PH3',
   'Occasion: TBD. Report to WP2/TSAG, due no later than one month before the next WP2 or TSAG meeting (here TL09).', 7),
  ('TL09', 'TSAG reviews the progress of the IEWSC and the workshop', 'meeting', 'TSAG',
   '2027-09-01', '2027-11-30', 'season', 'TBC', 'PH3',
   'Occasion: TSAG meeting. Fall 2027, to be confirmed.', 8),
  ('TL10', 'The third workshop is delivered', 'workshop', 'none',
   '2028-03-01', '2028-05-31', 'season', 'TBD', 'PH4',
   'Occasion: Industry Engagement Workshop (workshop WS3). Spring 2028, TBD.', 4),
  ('TL11', 'The IEWSC issues its report and is dismantled', 'report', 'WP2',
   '2028-06-01', '2028-08-31', 'season', 'TBD', 'PH4',
   'Occasion: TBD. The final report, to WP2/TSAG, due no later than one month before the next WP2 or TSAG meeting (here TL12); the IEWSC is dismantled once all its reports are delivered.', 7),
  ('TL12', 'WP2 reviews the IEWSC report and discusses learnings in view of WTSA-28', 'meeting', 'WP2',
   '2028-06-01', '2028-08-31', 'season', 'TBD', 'PH5',
   'Occasion: WP2 or TSAG; set to WP2, change the body to TSAG if the review takes place there. WP2 (or TSAG) reviews the IEWSC report and discusses the learnings for potential implementation by ITU-T in view of WTSA-28.', 0),
  ('TL13', 'WTSA-28: World Telecommunication Standardization Assembly', 'milestone', 'none',
   '2028-09-01', '2028-11-30', 'season', 'fixed', 'PH5',
   'Occasion: WTSA-28. The workshops inform the WTSA-28 preparations.', 1);

-- The six work packages of each workshop (ToR, "Project management tasks",
-- after Rec. ITU-T A.31), month precision, dates to be determined.

INSERT INTO item (id, name, kind, body, start, "end", precision, status, parent, notes, position) VALUES
  ('W1-1', 'Design the workshop', 'task', 'none', '2025-11-01', '2025-12-31', 'month', 'TBD', 'PH2',
   'Design the workshop and define all of its parameters: date, duration, place, participation, target audience, agenda/programme, etc. The programme is co-created with TSAG members and takes into account the implementation strategies of action plan AP2. Starts after the kick-off review (TL03).', 0),
  ('W1-2', 'Determine the resources needed', 'task', 'none', '2026-01-01', '2026-02-28', 'month', 'TBD', 'PH2',
   'Determine the resources needed: budget, ITU staff if need be, others.', 1),
  ('W1-3', 'Pre-workshop communication', 'task', 'none', '2026-01-01', '2026-02-28', 'month', 'TBD', 'PH2',
   'Prepare the pre-workshop set of communication documents: content (programme, logistics, etc.), web page, social networks.', 2),
  ('W1-4', 'Invite the participants', 'task', 'none', '2026-01-01', '2026-02-28', 'month', 'TBD', 'PH2',
   'Identify the participants and the means of contacting them. Send a letter to all the participants of the previous workshop: point to the report of that workshop as a reminder, thank them for their engagement and invite them to the next workshop (letter LT-EN-PREVIOUS).', 3),
  ('W1-5', 'Run the workshop', 'task', 'none', '2026-03-01', '2026-05-31', 'month', 'TBD', 'PH2',
   'Ensure the good run of the workshop (TL04).', 5),
  ('W1-6', 'Post-workshop follow-up', 'task', 'none', '2026-06-01', '2026-09-30', 'month', 'TBD', 'PH2',
   'Follow up on the implementation of the workshop outcomes and their consideration by CWG-SFP, RG-SOP, RG-IEM, etc.; outside communications, pictures, etc.; report to WP2/TSAG (TL05).', 6),

  ('W2-1', 'Design the workshop', 'task', 'none', '2026-09-01', '2026-10-31', 'month', 'TBD', 'PH3',
   'Design the workshop and define all of its parameters: date, duration, place, participation, target audience, agenda/programme, etc. Builds upon the outcomes of the previous workshop and its report (TL05). The programme is co-created with TSAG members and takes into account the implementation strategies of action plan AP2.', 0),
  ('W2-2', 'Determine the resources needed', 'task', 'none', '2026-11-01', '2026-12-31', 'month', 'TBD', 'PH3',
   'Determine the resources needed: budget, ITU staff if need be, others.', 1),
  ('W2-3', 'Pre-workshop communication', 'task', 'none', '2026-11-01', '2027-02-28', 'month', 'TBD', 'PH3',
   'Prepare the pre-workshop set of communication documents: content (programme, logistics, etc.), web page, social networks.', 2),
  ('W2-4', 'Invite the participants', 'task', 'none', '2027-01-01', '2027-02-28', 'month', 'TBD', 'PH3',
   'Identify the participants and the means of contacting them. Send a letter to all the participants of the previous workshop: point to the report of that workshop (TL05) as a reminder, thank them for their engagement and invite them to the next workshop (letter LT-EN-PREVIOUS).', 3),
  ('W2-5', 'Run the workshop', 'task', 'none', '2027-03-01', '2027-05-31', 'month', 'TBD', 'PH3',
   'Ensure the good run of the workshop (TL07).', 5),
  ('W2-6', 'Post-workshop follow-up', 'task', 'none', '2027-06-01', '2027-09-30', 'month', 'TBD', 'PH3',
   'Follow up on the implementation of the workshop outcomes and their consideration by CWG-SFP, RG-SOP, RG-IEM, etc.; outside communications, pictures, etc.; report to WP2/TSAG (TL08).', 6),

  ('W3-1', 'Design the workshop', 'task', 'none', '2027-09-01', '2027-10-31', 'month', 'TBD', 'PH4',
   'Design the workshop and define all of its parameters: date, duration, place, participation, target audience, agenda/programme, etc. Builds upon the outcomes of the previous workshop and its report (TL08). The programme is co-created with TSAG members and takes into account the implementation strategies of action plan AP2.', 0),
  ('W3-2', 'Determine the resources needed', 'task', 'none', '2027-11-01', '2027-12-31', 'month', 'TBD', 'PH4',
   'Determine the resources needed: budget, ITU staff if need be, others.', 1),
  ('W3-3', 'Pre-workshop communication', 'task', 'none', '2027-11-01', '2028-02-29', 'month', 'TBD', 'PH4',
   'Prepare the pre-workshop set of communication documents: content (programme, logistics, etc.), web page, social networks.', 2),
  ('W3-4', 'Invite the participants', 'task', 'none', '2028-01-01', '2028-02-29', 'month', 'TBD', 'PH4',
   'Identify the participants and the means of contacting them. Send a letter to all the participants of the previous workshop: point to the report of that workshop (TL08) as a reminder, thank them for their engagement and invite them to the next workshop (letter LT-EN-PREVIOUS).', 3),
  ('W3-5', 'Run the workshop', 'task', 'none', '2028-03-01', '2028-05-31', 'month', 'TBD', 'PH4',
   'Ensure the good run of the workshop (TL10).', 5),
  ('W3-6', 'Post-workshop follow-up', 'task', 'none', '2028-06-01', '2028-09-30', 'month', 'TBD', 'PH4',
   'Follow up on the implementation of the workshop outcomes and their consideration by CWG-SFP, RG-SOP, RG-IEM, etc.; outside communications, pictures, etc.; the final report to WP2/TSAG (TL11) and its review (TL12).', 6);

-- Dependencies -----------------------------------------------------------------
-- Each one holds whatever days the fuzzy dates turn out to be (FS: the
-- successor starts on or after the predecessor's end plus the lag; SS, FF,
-- SF alike), so that the dependency rule has nothing to say about the plan
-- as written.

INSERT INTO dependency (id, predecessor, successor, relation, lag) VALUES
  -- Formation
  ('D01', 'TL01', 'TL02', 'FS', 0),
  ('D02', 'TL02', 'TL03', 'FS', 0),

  -- Workshop 1: the kick-off review starts the design.
  ('D03', 'TL03', 'W1-1', 'FS', 0),
  ('D04', 'W1-1', 'W1-2', 'FS', 0),
  ('D05', 'W1-1', 'W1-3', 'FS', 0),
  ('D06', 'W1-1', 'W1-4', 'FS', 0),
  ('D07', 'W1-2', 'W1-5', 'FS', 0),
  ('D08', 'W1-3', 'TL04', 'FS', 0),
  ('D09', 'W1-4', 'TL04', 'FS', 0),
  ('D10', 'TL04', 'W1-6', 'FS', 0),
  ('D11', 'W1-5', 'W1-6', 'FS', 0),
  ('D12', 'TL04', 'TL05', 'FS', 0),
  ('D13', 'TL05', 'W1-6', 'FF', 0),
  ('D14', 'TL05', 'TL06', 'FS', 0),

  -- Workshop 2: designed on the report of workshop 1, whose participants
  -- are invited with a pointer to that report.
  ('D15', 'TL05', 'W2-1', 'FS', 0),
  ('D16', 'W2-1', 'W2-2', 'FS', 0),
  ('D17', 'W2-1', 'W2-3', 'FS', 0),
  ('D18', 'W2-1', 'W2-4', 'FS', 0),
  ('D19', 'TL05', 'W2-4', 'FS', 0),
  ('D20', 'W2-2', 'W2-5', 'FS', 0),
  ('D21', 'W2-3', 'TL07', 'FS', 0),
  ('D22', 'W2-4', 'TL07', 'FS', 0),
  ('D23', 'TL07', 'W2-6', 'FS', 0),
  ('D24', 'W2-5', 'W2-6', 'FS', 0),
  ('D25', 'TL07', 'TL08', 'FS', 0),
  ('D26', 'TL08', 'W2-6', 'FF', 0),
  ('D27', 'TL08', 'TL09', 'FS', 0),

  -- Workshop 3
  ('D28', 'TL08', 'W3-1', 'FS', 0),
  ('D29', 'W3-1', 'W3-2', 'FS', 0),
  ('D30', 'W3-1', 'W3-3', 'FS', 0),
  ('D31', 'W3-1', 'W3-4', 'FS', 0),
  ('D32', 'TL08', 'W3-4', 'FS', 0),
  ('D33', 'W3-2', 'W3-5', 'FS', 0),
  ('D34', 'W3-3', 'TL10', 'FS', 0),
  ('D35', 'W3-4', 'TL10', 'FS', 0),
  ('D36', 'TL10', 'W3-6', 'FS', 0),
  ('D37', 'W3-5', 'W3-6', 'FS', 0),
  ('D38', 'TL10', 'TL11', 'FS', 0),
  ('D39', 'TL11', 'W3-6', 'FF', 0),

  -- Closure
  ('D40', 'TL10', 'TL12', 'FS', 0),
  ('D41', 'TL12', 'TL13', 'FS', 0);

-- The workshops ------------------------------------------------------------

INSERT INTO workshop (id, item, edition, title, place, format, audience) VALUES
  ('WS1', 'TL04', 1, 'ITU-T Industry Engagement Workshop 2026', '', 'in-person',
   'Industry decision makers (CxOs, CTOs) from large enterprises and SMEs, in developed and developing countries'),
  ('WS2', 'TL07', 2, 'ITU-T Industry Engagement Workshop 2027', '', 'in-person',
   'Industry decision makers (CxOs, CTOs) from large enterprises and SMEs, in developed and developing countries'),
  ('WS3', 'TL10', 3, 'ITU-T Industry Engagement Workshop 2028', '', 'in-person',
   'Industry decision makers (CxOs, CTOs) from large enterprises and SMEs, in developed and developing countries');

-- Key Outcome Indicators (industry engagement action plan AP2) ----------------

INSERT INTO indicator (id, name, description) VALUES
  ('KOI1', 'Active and engaged participants in standardization',
   'The number of active and engaged participants in standardization increases. Key Outcome Indicator of the industry engagement action plan (AP2), tracked across the three workshops.'),
  ('KOI2', 'Contributions to standardization',
   'The number of contributions in standardization increases. Key Outcome Indicator of the industry engagement action plan (AP2), tracked across the three workshops.'),
  ('KOI3', 'Recommendations cited',
   'The number of ITU-T Recommendations cited (through regulatory harmonization, through RFx business processes such as procurement requests for information, proposals and quotations, etc.) increases. Key Outcome Indicator of the industry engagement action plan (AP2), tracked across the three workshops.');

-- Letters ------------------------------------------------------------------
-- The letter the ToR asks for: to all the participants of the previous
-- workshop.  Placeholders in braces are described in README.md.

INSERT INTO letter_template (id, language, subject, body) VALUES
  ('LT-EN-PREVIOUS', 'en', 'Invitation: {workshop_title}',
   'Dear {name},

Thank you for taking part in {previous_workshop}. Your engagement and your views on how industry and ITU-T can work together were a valuable input to ITU-T and its industry engagement action plan.

As a reminder, the report of that workshop is available at:
{previous_report_url}

It is my pleasure to invite you to the next edition, {workshop_title}, which builds upon the outcomes of the previous workshop:

Dates: {workshop_dates}
Place: {workshop_place}
Registration: {registration_url}

We would be delighted to welcome you again, and to hear how standardization can bring more value to your organization. Please feel free to share this invitation with colleagues in your organization.

Yours sincerely,

{chair_name}
Chair, ITU-T Industry Engagement Workshop Steering Committee (IEWSC)');
