/* test-csv.c: the CSV reader and writer, and the four kinds of CSV files
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cvk-csv.h"
#include "cvk-csv-kinds.h"
#include "cvk-domain.h"
#include "cvk-store.h"

static const CvkCsvKind all_kinds[] = {
  CVK_CSV_ROSTER, CVK_CSV_TIMELINE, CVK_CSV_BUDGET, CVK_CSV_CONTACTS,
};

/* Helpers */

static CvkStore *
create_store (const char *template_name)
{
  g_autoptr(GError) error = NULL;
  CvkStore *store = cvk_store_create (CVK_STORE_MEMORY, template_name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static char *
export_text (CvkStore   *store,
             CvkCsvKind  kind)
{
  g_autoptr(GBytes) bytes = cvk_csv_export_bytes (store, kind);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (g_utf8_validate_len (data, length, NULL));
  return g_strndup (data, length);
}

/* All four files, one after the other: the whole of what CSV can see. */
static char *
export_all (CvkStore *store)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    {
      g_autofree char *text = export_text (store, all_kinds[i]);
      g_string_append (all, text);
    }

  return g_string_free (all, FALSE);
}

static gboolean
import_text (CvkStore    *store,
             CvkCsvKind   kind,
             const char  *name,
             const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return cvk_csv_import (store, kind, name, bytes, error);
}

static void
insert (CvkStore  *store,
        gpointer   entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cvk_store_insert (store, CVK_ENTITY (entity), &error));
  g_assert_no_error (error);
  g_object_unref (entity);
}

static void
update (CvkStore  *store,
        CvkEntity *changed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cvk_store_update (store, changed, &error));
  g_assert_no_error (error);
}

static void
set_date (CvkEntity  *entity,
          guint       field,
          const char *iso)
{
  GDate date;

  g_assert_true (cvk_date_parse_iso (iso, &date));
  cvk_entity_set_date (entity, field, &date);
}

/* Reads @text with the reader: one string per record, fields joined by
 * '|', with the line where the record starts: "1:a|b". */
static char *
read_all (const char  *text,
          gssize       length,
          GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(CvkCsvReader) reader = cvk_csv_reader_new ("test.csv", bytes, error);
  g_autoptr(GString) out = g_string_new (NULL);

  if (reader == NULL)
    return NULL;

  for (;;)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *joined = NULL;
      guint line = 0;

      if (!cvk_csv_reader_iterate (reader, &fields, &line, error))
        return NULL;
      if (fields == NULL)
        break;

      joined = g_strjoinv ("|", fields);
      g_string_append_printf (out, "%u:%s\n", line, joined);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The reader and the writer */

static void
test_reader_tricky (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *records = NULL;

  records = read_all ("a,\"b,c\",\"d\"\"e\",\"f\ng\",,\"\"\r\n"
                      "العربية,中文,\"Zoë, “Jr.”\"\r\n"
                      "\"x\r\ny\"\r\n"
                      "last,line", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (records, ==,
                   "1:a|b,c|d\"e|f\ng||\n"
                   "3:العربية|中文|Zoë, “Jr.”\n"
                   "4:x\r\ny\n"
                   "6:last|line\n");
}

static void
test_reader_line_ends (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *crlf = read_all ("a,b\r\nc,d\r\n", -1, &error);
  g_autofree char *lf = read_all ("a,b\nc,d\n", -1, &error);
  g_autofree char *cr = read_all ("a,b\rc,d\r", -1, &error);
  g_autofree char *no_end = read_all ("a,b\nc,d", -1, &error);
  g_autofree char *blank = read_all ("a,b\n\nc,d\n", -1, &error);
  g_autofree char *trailing_comma = read_all ("a,\n", -1, &error);
  g_autofree char *empty = read_all ("", -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (crlf, ==, "1:a|b\n2:c|d\n");
  g_assert_cmpstr (lf, ==, crlf);
  g_assert_cmpstr (cr, ==, crlf);
  g_assert_cmpstr (no_end, ==, crlf);
  g_assert_cmpstr (blank, ==, "1:a|b\n2:\n3:c|d\n");
  g_assert_cmpstr (trailing_comma, ==, "1:a|\n");
  g_assert_cmpstr (empty, ==, "");
}

static void
test_reader_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *records = read_all ("\xEF\xBB\xBFID,Name\r\nR01,Ana\r\n", -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (records, ==, "1:ID|Name\n2:R01|Ana\n");
}

static void
test_reader_errors (void)
{
  struct {
    const char *text;
    gssize      length;
    int         code;
    const char *message;
  } cases[] = {
    { "a,b\r\nc,\"d\r\n\r\ne,f\r\n", -1, CVK_CSV_ERROR_SYNTAX,
      "test.csv:2: a quoted field is never closed (unbalanced quotes)" },
    { "a,b\n\"c\"d,e\n", -1, CVK_CSV_ERROR_SYNTAX,
      "test.csv:2: text after the closing quote of a field "
      "(a quote inside a quoted field is written twice)" },
    { "a,b\r\n\"multi\nline\" x\n", -1, CVK_CSV_ERROR_SYNTAX,
      "test.csv:3: text after the closing quote of a field "
      "(a quote inside a quoted field is written twice)" },
    { "a,b\r\nc,d\r\n\xE9t\xE9,x\r\n", -1, CVK_CSV_ERROR_ENCODING,
      "test.csv:3: the file is not UTF-8 text (save it as “CSV UTF-8”)" },
    { "a,b\nc\0d\n", 8, CVK_CSV_ERROR_ENCODING,
      "test.csv:2: the file is not UTF-8 text (save it as “CSV UTF-8”)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *records = read_all (cases[i].text, cases[i].length, &error);

      g_assert_null (records);
      g_assert_error (error, CVK_CSV_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_writer (void)
{
  const char *fields[] = {
    "plain", "a,b", "say \"hi\"", "two\nlines", "", "crlf\r\nend",
    " lead", "trail ", "العربية", "中文", "'quote", "=SUM(A1)",
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *records = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *joined = NULL;

  cvk_csv_append_record (out, fields, G_N_ELEMENTS (fields));
  cvk_csv_append_record (out, fields, 1);
  g_assert_cmpstr (out->str, ==,
                   "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"crlf\r\nend\","
                   "\" lead\",\"trail \",العربية,中文,'quote,=SUM(A1)\r\n"
                   "plain\r\n");

  /* What is written reads back as it was. */
  records = read_all (out->str, out->len, &error);
  g_assert_no_error (error);
  joined = g_strjoinv ("|", (char **) (const char *[]) {
    fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6],
    fields[7], fields[8], fields[9], fields[10], fields[11], NULL });
  expected = g_strdup_printf ("1:%s\n4:plain\n", joined);
  g_assert_cmpstr (records, ==, expected);
}

static void
test_guard (void)
{
  struct {
    const char *text;
    const char *written;
  } cases[] = {
    { "=SUM(A1)", "'=SUM(A1)" },
    { "+1", "'+1" },
    { "-x", "'-x" },
    { "@a", "'@a" },
    { "\tx", "'\tx" },
    { "\rx", "'\rx" },
    { "'quoted", "''quoted" },
    { "''", "'''" },
    { "plain", "plain" },
    { "a=b", "a=b" },
    { "", "" },
    { "ليلى", "ليلى" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *written = cvk_csv_guard_text (cases[i].text);

      g_assert_cmpstr (written, ==, cases[i].written);
      g_assert_cmpstr (cvk_csv_unguard_text (written), ==, cases[i].text);
    }

  /* A "'" written by hand is taken off. */
  g_assert_cmpstr (cvk_csv_unguard_text ("'abc"), ==, "abc");
}

/* The kinds */

static void
test_kind_names (void)
{
  CvkCsvKind kind = CVK_CSV_CONTACTS;

  g_assert_true (cvk_csv_kind_from_string ("timeline", &kind));
  g_assert_cmpint (kind, ==, CVK_CSV_TIMELINE);
  g_assert_true (cvk_csv_kind_from_string ("roster", &kind));
  g_assert_cmpint (kind, ==, CVK_CSV_ROSTER);
  g_assert_true (cvk_csv_kind_from_string ("budget", &kind));
  g_assert_cmpint (kind, ==, CVK_CSV_BUDGET);
  g_assert_true (cvk_csv_kind_from_string ("contacts", &kind));
  g_assert_cmpint (kind, ==, CVK_CSV_CONTACTS);
  g_assert_false (cvk_csv_kind_from_string ("Roster", &kind));
  g_assert_false (cvk_csv_kind_from_string ("", &kind));
  g_assert_false (cvk_csv_kind_from_string (NULL, &kind));

  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    {
      g_assert_true (cvk_csv_kind_from_string (cvk_csv_kind_to_string (all_kinds[i]), &kind));
      g_assert_cmpint (kind, ==, all_kinds[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    {
      g_autofree char *text = g_strconcat ("\xEF\xBB\xBF\n", cvk_csv_kind_get_header (all_kinds[i]),
                                           "\r\nX1,a,b\r\n", NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      g_assert_true (cvk_csv_kind_detect (bytes, &kind));
      g_assert_cmpint (kind, ==, all_kinds[i]);
    }
  {
    const char *others[] = { "", "\n\n", "Name,Email\r\n", "\"ID,Name\",Role\n", "\xE9,x\n",
                             "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status\n" };

    for (guint i = 0; i < G_N_ELEMENTS (others); i++)
      {
        g_autoptr(GBytes) bytes = g_bytes_new (others[i], strlen (others[i]));
        g_assert_false (cvk_csv_kind_detect (bytes, &kind));
      }
  }

  g_assert_cmpstr (cvk_csv_kind_get_header (CVK_CSV_TIMELINE), ==,
                   "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes");
  g_assert_cmpstr (cvk_csv_kind_get_header (CVK_CSV_ROSTER), ==,
                   "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification");
  g_assert_cmpstr (cvk_csv_kind_get_header (CVK_CSV_BUDGET), ==,
                   "ID,Workshop,Category,Description,Currency,Planned,Committed,Actual");
  g_assert_cmpstr (cvk_csv_kind_get_header (CVK_CSV_CONTACTS), ==,
                   "ID,Name,Email,Organization,Organization type,Country,Language,Gender,Previous workshops");
}

static void
test_export_template (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autofree char *timeline = export_text (store, CVK_CSV_TIMELINE);
  g_autofree char *roster = export_text (store, CVK_CSV_ROSTER);
  g_autofree char *budget = export_text (store, CVK_CSV_BUDGET);
  g_autofree char *contacts = export_text (store, CVK_CSV_CONTACTS);

  /* Tree order: a phase, then its items by position. */
  g_assert_true (g_str_has_prefix (timeline,
                                   "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
                                   "PH1,Formation,phase,,2025-05-01,2025-10-31,month,fixed,,,,0,"));
  g_assert_nonnull (strstr (timeline, "\r\nTL01,TSAG approves the formation of the IEWSC,meeting,TSAG,"
                                      "2025-05-30,2025-05-30,day,fixed,,PH1,,0,"));
  g_assert_nonnull (strstr (timeline, "\r\nTL02,The IEWSC formally starts its work,meeting,IEWSC,"
                                      "2025-06-01,2025-06-30,month,fixed,TL01,PH1,,0,"));
  g_assert_nonnull (strstr (timeline, "\r\nTL04,The first workshop is delivered,workshop,,"
                                      "2026-03-01,2026-05-31,season,TBD,W1-3 W1-4,PH2,,0,"));
  g_assert_nonnull (strstr (timeline, ",TL04 TL05:FF W1-5,PH2,"));
  g_assert_true (strstr (timeline, "\r\nPH1,") < strstr (timeline, "\r\nTL01,"));
  g_assert_true (strstr (timeline, "\r\nTL03,") < strstr (timeline, "\r\nPH2,"));
  g_assert_true (strstr (timeline, "\r\nW1-1,") < strstr (timeline, "\r\nTL04,"));
  g_assert_true (g_str_has_suffix (timeline, "\r\n"));

  g_assert_true (g_str_has_prefix (roster,
                                   "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
                                   "R01,,rg-iem-lead,,,,,undisclosed,no,vacant,\r\n"
                                   "R02,,tsb-director,,,ITU,,undisclosed,no,vacant,\r\n"));
  g_assert_nonnull (strstr (roster, "\r\nR05,,regional-volunteer,A,,,,undisclosed,no,vacant,\r\n"));
  g_assert_true (g_str_has_suffix (roster, "\r\nR14,,regional-volunteer,E,,,,undisclosed,no,vacant,\r\n"));
  g_assert_cmpstr (budget, ==, "ID,Workshop,Category,Description,Currency,Planned,Committed,Actual\r\n");
  g_assert_cmpstr (contacts, ==,
                   "ID,Name,Email,Organization,Organization type,Country,Language,Gender,Previous workshops\r\n");
}

/* The IEWSC template with every field of every kind set somewhere, and
 * text that a CSV file or a spreadsheet could get wrong. */
static CvkStore *
create_full_store (void)
{
  CvkStore *store = create_store ("iewsc");
  g_autoptr(CvkEntity) r05 = cvk_entity_copy (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R05"));
  g_autoptr(CvkEntity) r13 = cvk_entity_copy (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R13"));
  g_autoptr(CvkEntity) tl04 = cvk_entity_copy (cvk_store_lookup (store, CVK_TYPE_ITEM, "TL04"));
  CvkEntity *e;

  /* The roster: a region left to the country, one written out. */
  cvk_entity_set_string (r05, CVK_MEMBER_NAME, "Zoë O'Brien, \"Jr.\"");
  cvk_entity_set_string (r05, CVK_MEMBER_REGION, "");
  cvk_entity_set_string (r05, CVK_MEMBER_COUNTRY, "CH");
  cvk_entity_set_string (r05, CVK_MEMBER_ORGANIZATION, "=SUM(A1)");
  cvk_entity_set_string (r05, CVK_MEMBER_EMAIL, "+zoe@example.org");
  cvk_entity_set_enum (r05, CVK_MEMBER_GENDER, CVK_GENDER_FEMALE);
  cvk_entity_set_bool (r05, CVK_MEMBER_YOUTH, TRUE);
  cvk_entity_set_enum (r05, CVK_MEMBER_STATUS, CVK_MEMBER_STATUS_CONFIRMED);
  cvk_entity_set_string (r05, CVK_MEMBER_JUSTIFICATION,
                         "Ran 3 workshops,\nknows \"everyone\"\r\nin the region");
  update (store, r05);

  cvk_entity_set_string (r13, CVK_MEMBER_NAME, "ليلى حسن");
  cvk_entity_set_string (r13, CVK_MEMBER_COUNTRY, "EG");   /* region E stays as written */
  cvk_entity_set_string (r13, CVK_MEMBER_ORGANIZATION, "'Quoted' Telecom");
  cvk_entity_set_enum (r13, CVK_MEMBER_STATUS, CVK_MEMBER_STATUS_CANDIDATE);
  cvk_entity_set_string (r13, CVK_MEMBER_JUSTIFICATION, "-5 years in the sector");
  update (store, r13);

  e = CVK_ENTITY (cvk_member_new ("R15"));
  cvk_entity_set_string (e, CVK_MEMBER_NAME, "王芳");
  cvk_entity_set_enum (e, CVK_MEMBER_ROLE, CVK_ROLE_OTHER);
  cvk_entity_set_string (e, CVK_MEMBER_COUNTRY, "CN");
  cvk_entity_set_string (e, CVK_MEMBER_ORGANIZATION, "@handle");
  cvk_entity_set_string (e, CVK_MEMBER_EMAIL, "wang@example.cn");
  cvk_entity_set_enum (e, CVK_MEMBER_GENDER, CVK_GENDER_OTHER);
  cvk_entity_set_enum (e, CVK_MEMBER_STATUS, CVK_MEMBER_STATUS_WITHDRAWN);
  cvk_entity_set_string (e, CVK_MEMBER_JUSTIFICATION, "\tindented");
  insert (store, e);

  /* The timeline */
  cvk_entity_set_string (tl04, CVK_ITEM_OWNER, "R05");
  cvk_entity_set_int (tl04, CVK_ITEM_PROGRESS, 40);
  cvk_entity_set_string (tl04, CVK_ITEM_NOTES, "=cmd|' /C calc'!A0");
  update (store, tl04);

  e = CVK_ENTITY (cvk_item_new ("X1"));
  cvk_entity_set_string (e, CVK_ITEM_NAME, "\tTabbed, \"quoted\" task");
  cvk_entity_set_enum (e, CVK_ITEM_KIND, CVK_ITEM_KIND_TASK);
  cvk_entity_set_enum (e, CVK_ITEM_BODY, CVK_BODY_RG_IEM);
  set_date (e, CVK_ITEM_START, "2026-01-05");
  set_date (e, CVK_ITEM_END, "2026-01-09");
  cvk_entity_set_enum (e, CVK_ITEM_PRECISION, CVK_PRECISION_DAY);
  cvk_entity_set_enum (e, CVK_ITEM_STATUS, CVK_DATE_STATUS_TBC);
  cvk_entity_set_string (e, CVK_ITEM_PARENT, "PH2");
  cvk_entity_set_string (e, CVK_ITEM_OWNER, "R15");
  cvk_entity_set_int (e, CVK_ITEM_PROGRESS, 100);
  cvk_entity_set_string (e, CVK_ITEM_NOTES, "line 1\nline 2, with a comma\n中文");
  cvk_entity_set_int (e, CVK_ITEM_POSITION, 3);   /* ties with W1-4: then by id */
  insert (store, e);

  e = CVK_ENTITY (cvk_item_new ("X2"));
  cvk_entity_set_string (e, CVK_ITEM_NAME, "Undated child");
  cvk_entity_set_enum (e, CVK_ITEM_KIND, CVK_ITEM_KIND_MILESTONE);
  cvk_entity_set_string (e, CVK_ITEM_PARENT, "X1");
  insert (store, e);

  e = CVK_ENTITY (cvk_item_new ("X3"));
  cvk_entity_set_string (e, CVK_ITEM_NAME, "'A year");
  cvk_entity_set_enum (e, CVK_ITEM_KIND, CVK_ITEM_KIND_REPORT);
  cvk_entity_set_enum (e, CVK_ITEM_BODY, CVK_BODY_IEWSC);
  set_date (e, CVK_ITEM_START, "2027-01-01");
  set_date (e, CVK_ITEM_END, "2027-12-31");
  cvk_entity_set_enum (e, CVK_ITEM_PRECISION, CVK_PRECISION_YEAR);
  cvk_entity_set_enum (e, CVK_ITEM_STATUS, CVK_DATE_STATUS_TBD);
  cvk_entity_set_int (e, CVK_ITEM_POSITION, -1);
  insert (store, e);

  e = CVK_ENTITY (cvk_dependency_new ("D90"));
  cvk_entity_set_string (e, CVK_DEPENDENCY_PREDECESSOR, "X1");
  cvk_entity_set_string (e, CVK_DEPENDENCY_SUCCESSOR, "X2");
  cvk_entity_set_enum (e, CVK_DEPENDENCY_RELATION, CVK_DEPENDENCY_SS);
  cvk_entity_set_int (e, CVK_DEPENDENCY_LAG, 3);
  insert (store, e);

  e = CVK_ENTITY (cvk_dependency_new ("D91"));
  cvk_entity_set_string (e, CVK_DEPENDENCY_PREDECESSOR, "TL04");
  cvk_entity_set_string (e, CVK_DEPENDENCY_SUCCESSOR, "X2");
  cvk_entity_set_enum (e, CVK_DEPENDENCY_RELATION, CVK_DEPENDENCY_FF);
  cvk_entity_set_int (e, CVK_DEPENDENCY_LAG, -2);
  insert (store, e);

  e = CVK_ENTITY (cvk_dependency_new ("D92"));
  cvk_entity_set_string (e, CVK_DEPENDENCY_PREDECESSOR, "X2");
  cvk_entity_set_string (e, CVK_DEPENDENCY_SUCCESSOR, "X3");
  cvk_entity_set_enum (e, CVK_DEPENDENCY_RELATION, CVK_DEPENDENCY_SF);
  insert (store, e);

  e = CVK_ENTITY (cvk_dependency_new ("D93"));
  cvk_entity_set_string (e, CVK_DEPENDENCY_PREDECESSOR, "TL13");
  cvk_entity_set_string (e, CVK_DEPENDENCY_SUCCESSOR, "X3");
  cvk_entity_set_int (e, CVK_DEPENDENCY_LAG, 14);
  insert (store, e);

  /* The budget, in three currencies of 2, 0 and 3 decimals */
  e = CVK_ENTITY (cvk_budget_line_new ("B1"));
  cvk_entity_set_string (e, CVK_BUDGET_LINE_WORKSHOP, "WS1");
  cvk_entity_set_string (e, CVK_BUDGET_LINE_CATEGORY, "Venue");
  cvk_entity_set_string (e, CVK_BUDGET_LINE_DESCRIPTION, "Room \"A\", Geneva\nwith catering");
  cvk_entity_set_string (e, CVK_BUDGET_LINE_CURRENCY, "CHF");
  cvk_entity_set_int (e, CVK_BUDGET_LINE_PLANNED, 125050);
  cvk_entity_set_int (e, CVK_BUDGET_LINE_COMMITTED, 100000);
  cvk_entity_set_int (e, CVK_BUDGET_LINE_ACTUAL, 9999);
  insert (store, e);

  e = CVK_ENTITY (cvk_budget_line_new ("B2"));
  cvk_entity_set_string (e, CVK_BUDGET_LINE_CATEGORY, "+fees");
  cvk_entity_set_string (e, CVK_BUDGET_LINE_DESCRIPTION, "-refund expected");
  cvk_entity_set_string (e, CVK_BUDGET_LINE_CURRENCY, "JPY");
  cvk_entity_set_int (e, CVK_BUDGET_LINE_PLANNED, 1200);
  cvk_entity_set_int (e, CVK_BUDGET_LINE_ACTUAL, -300);
  insert (store, e);

  e = CVK_ENTITY (cvk_budget_line_new ("B3"));
  cvk_entity_set_string (e, CVK_BUDGET_LINE_WORKSHOP, "WS3");
  cvk_entity_set_string (e, CVK_BUDGET_LINE_CATEGORY, "Travel");
  cvk_entity_set_string (e, CVK_BUDGET_LINE_DESCRIPTION, "رحلات");
  cvk_entity_set_string (e, CVK_BUDGET_LINE_CURRENCY, "KWD");
  cvk_entity_set_int (e, CVK_BUDGET_LINE_PLANNED, 1234);
  cvk_entity_set_int (e, CVK_BUDGET_LINE_COMMITTED, -5);
  insert (store, e);

  /* The contacts */
  e = CVK_ENTITY (cvk_contact_new ("C01"));
  cvk_entity_set_string (e, CVK_CONTACT_NAME, "Ahmed Al-Sayed / أحمد السيد");
  cvk_entity_set_string (e, CVK_CONTACT_EMAIL, "ahmed@example.ae");
  cvk_entity_set_string (e, CVK_CONTACT_ORGANIZATION, "Etisalat, \"e&\"");
  cvk_entity_set_string (e, CVK_CONTACT_ORGANIZATION_TYPE, "=Industry");
  cvk_entity_set_string (e, CVK_CONTACT_COUNTRY, "AE");
  cvk_entity_set_string (e, CVK_CONTACT_LANGUAGE, "ar");
  cvk_entity_set_enum (e, CVK_CONTACT_GENDER, CVK_GENDER_MALE);
  cvk_entity_set_string (e, CVK_CONTACT_PREVIOUS_WORKSHOPS, "1 2");
  insert (store, e);

  e = CVK_ENTITY (cvk_contact_new ("C02"));
  cvk_entity_set_string (e, CVK_CONTACT_NAME, "李雷");
  cvk_entity_set_string (e, CVK_CONTACT_EMAIL, "@li");
  cvk_entity_set_string (e, CVK_CONTACT_COUNTRY, "CN");
  cvk_entity_set_string (e, CVK_CONTACT_LANGUAGE, "zh");
  insert (store, e);

  return store;
}

/* Makes in @store the workshops of @from that the budget refers to (a
 * blank document has none, and CSV has no file for them). */
static void
copy_workshops (CvkStore *store,
                CvkStore *from)
{
  GListModel *workshops = cvk_store_get_model (from, CVK_TYPE_WORKSHOP);

  for (guint i = 0; i < g_list_model_get_n_items (workshops); i++)
    {
      g_autoptr(CvkEntity) workshop = g_list_model_get_item (workshops, i);
      CvkEntity *copy = cvk_entity_copy (workshop);

      cvk_entity_set_pk (copy, 0);
      insert (store, copy);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(CvkStore) full = create_full_store ();
  g_autoptr(CvkStore) blank = create_store ("blank");
  g_autofree char *roster = export_text (full, CVK_CSV_ROSTER);
  g_autofree char *timeline = export_text (full, CVK_CSV_TIMELINE);
  g_autofree char *budget = export_text (full, CVK_CSV_BUDGET);
  g_autofree char *contacts = export_text (full, CVK_CSV_CONTACTS);
  g_autofree char *roster2 = NULL;
  g_autofree char *timeline2 = NULL;
  g_autofree char *budget2 = NULL;
  g_autofree char *contacts2 = NULL;
  g_autoptr(GError) error = NULL;

  /* A few cells as they must be written. */
  g_assert_nonnull (strstr (roster, "\r\nR05,\"Zoë O'Brien, \"\"Jr.\"\"\",regional-volunteer,B,CH,"
                                    "'=SUM(A1),'+zoe@example.org,female,yes,confirmed,"
                                    "\"Ran 3 workshops,\nknows \"\"everyone\"\"\r\nin the region\"\r\n"));
  g_assert_nonnull (strstr (roster, "\r\nR13,ليلى حسن,regional-volunteer,E,EG,''Quoted' Telecom,,"
                                    "undisclosed,no,candidate,'-5 years in the sector\r\n"));
  g_assert_nonnull (strstr (roster, "\r\nR15,王芳,other,E,CN,'@handle,wang@example.cn,other,no,withdrawn,'\tindented\r\n"));
  g_assert_nonnull (strstr (timeline, "\r\nX1,\"'\tTabbed, \"\"quoted\"\" task\",task,RG-IEM,2026-01-05,2026-01-09,"
                                      "day,TBC,,PH2,R15,100,\"line 1\nline 2, with a comma\n中文\"\r\n"));
  g_assert_nonnull (strstr (timeline, "\r\nX2,Undated child,milestone,,,,day,fixed,TL04:FF-2d X1:SS+3d,X1,,0,\r\n"));
  g_assert_nonnull (strstr (timeline, "\r\nX3,''A year,report,IEWSC,2027-01-01,2027-12-31,year,TBD,"
                                      "TL13+14d X2:SF,,,0,\r\n"));
  g_assert_nonnull (strstr (timeline, ",season,TBD,W1-3 W1-4,PH2,R05,40,'=cmd|' /C calc'!A0\r\n"));
  /* X3 (position -1) is the first root; X1 ties with W1-4 and comes after it. */
  g_assert_true (g_str_has_prefix (strchr (timeline, '\n') + 1, "X3,"));
  g_assert_true (strstr (timeline, "\r\nW1-4,") < strstr (timeline, "\r\nX1,"));
  g_assert_true (strstr (timeline, "\r\nX1,") < strstr (timeline, "\r\nX2,"));
  g_assert_true (strstr (timeline, "\r\nX2,") < strstr (timeline, "\r\nW1-5,"));
  g_assert_cmpstr (budget, ==,
                   "ID,Workshop,Category,Description,Currency,Planned,Committed,Actual\r\n"
                   "B1,1,Venue,\"Room \"\"A\"\", Geneva\nwith catering\",CHF,1250.50,1000.00,99.99\r\n"
                   "B2,,'+fees,'-refund expected,JPY,1200,0,-300\r\n"
                   "B3,3,Travel,رحلات,KWD,1.234,-0.005,0.000\r\n");
  g_assert_cmpstr (contacts, ==,
                   "ID,Name,Email,Organization,Organization type,Country,Language,Gender,Previous workshops\r\n"
                   "C01,Ahmed Al-Sayed / أحمد السيد,ahmed@example.ae,\"Etisalat, \"\"e&\"\"\",'=Industry,AE,ar,male,1 2\r\n"
                   "C02,李雷,'@li,,,CN,zh,undisclosed,\r\n");

  /* Into a blank document, roster first (the timeline names owners), the
   * workshops made by hand before the budget. */
  g_assert_true (import_text (blank, CVK_CSV_ROSTER, "roster.csv", roster, &error));
  g_assert_no_error (error);
  g_assert_true (import_text (blank, CVK_CSV_TIMELINE, "timeline.csv", timeline, &error));
  g_assert_no_error (error);
  copy_workshops (blank, full);
  g_assert_true (import_text (blank, CVK_CSV_BUDGET, "budget.csv", budget, &error));
  g_assert_no_error (error);
  g_assert_true (import_text (blank, CVK_CSV_CONTACTS, "contacts.csv", contacts, &error));
  g_assert_no_error (error);

  roster2 = export_text (blank, CVK_CSV_ROSTER);
  timeline2 = export_text (blank, CVK_CSV_TIMELINE);
  budget2 = export_text (blank, CVK_CSV_BUDGET);
  contacts2 = export_text (blank, CVK_CSV_CONTACTS);

  g_assert_cmpstr (roster2, ==, roster);
  g_assert_cmpstr (timeline2, ==, timeline);
  g_assert_cmpstr (budget2, ==, budget);
  g_assert_cmpstr (contacts2, ==, contacts);

  /* Texts came back exactly, formula guard and all. */
  g_assert_cmpstr (cvk_member_get_organization (cvk_store_lookup (blank, CVK_TYPE_MEMBER, "R05")), ==, "=SUM(A1)");
  g_assert_cmpstr (cvk_member_get_organization (cvk_store_lookup (blank, CVK_TYPE_MEMBER, "R13")), ==, "'Quoted' Telecom");
  g_assert_cmpstr (cvk_item_get_name (cvk_store_lookup (blank, CVK_TYPE_ITEM, "X1")), ==, "\tTabbed, \"quoted\" task");
  g_assert_cmpstr (cvk_item_get_notes (cvk_store_lookup (blank, CVK_TYPE_ITEM, "TL04")), ==, "=cmd|' /C calc'!A0");
  g_assert_cmpstr (cvk_member_get_justification (cvk_store_lookup (blank, CVK_TYPE_MEMBER, "R05")), ==,
                   "Ran 3 workshops,\nknows \"everyone\"\r\nin the region");
  g_assert_cmpint (cvk_budget_line_get_committed (cvk_store_lookup (blank, CVK_TYPE_BUDGET_LINE, "B3")), ==, -5);
}

/* Importing what was exported changes nothing and leaves no undo step. */
static void
test_reimport_same (void)
{
  g_autoptr(CvkStore) store = create_full_store ();
  g_autofree char *before = export_all (store);
  g_autofree char *after = NULL;
  const char *undo_label = cvk_store_get_undo_label (store);
  g_autofree char *label = g_strdup (undo_label);

  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = export_text (store, all_kinds[i]);

      g_assert_true (import_text (store, all_kinds[i], "same.csv", text, &error));
      g_assert_no_error (error);
    }

  after = export_all (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (cvk_store_get_undo_label (store), ==, label);
}

static void
test_formula_cells (void)
{
  const char *texts[] = { "=SUM(A1)", "+1", "-x", "@a", "'quoted", "\tx", "\rx", "plain" };
  g_autoptr(CvkStore) store = create_store ("blank");
  g_autoptr(CvkStore) copy = create_store ("blank");
  g_autoptr(GError) error = NULL;
  g_autofree char *roster = NULL;
  g_autofree char *roster2 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("R%02u", i + 1);
      CvkEntity *member = CVK_ENTITY (cvk_member_new (id));

      cvk_entity_set_string (member, CVK_MEMBER_NAME, texts[i]);
      cvk_entity_set_string (member, CVK_MEMBER_ORGANIZATION, texts[i]);
      cvk_entity_set_string (member, CVK_MEMBER_EMAIL, texts[i]);
      cvk_entity_set_string (member, CVK_MEMBER_JUSTIFICATION, texts[i]);
      insert (store, member);
    }

  roster = export_text (store, CVK_CSV_ROSTER);
  g_assert_nonnull (strstr (roster, "\r\nR01,'=SUM(A1),rg-iem-lead,,,'=SUM(A1),'=SUM(A1),undisclosed,no,vacant,'=SUM(A1)\r\n"));
  g_assert_nonnull (strstr (roster, "\r\nR02,'+1,"));
  g_assert_nonnull (strstr (roster, "\r\nR03,'-x,"));
  g_assert_nonnull (strstr (roster, "\r\nR04,'@a,"));
  g_assert_nonnull (strstr (roster, "\r\nR05,''quoted,"));
  g_assert_nonnull (strstr (roster, "\r\nR06,'\tx,"));
  g_assert_nonnull (strstr (roster, "\r\nR07,\"'\rx\","));
  g_assert_nonnull (strstr (roster, "\r\nR08,plain,"));

  /* No cell of the file starts with a formula character. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (roster, strlen (roster));
    g_autoptr(CvkCsvReader) reader = cvk_csv_reader_new ("roster.csv", bytes, &error);

    g_assert_no_error (error);
    for (;;)
      {
        g_auto(GStrv) fields = NULL;

        g_assert_true (cvk_csv_reader_iterate (reader, &fields, NULL, &error));
        g_assert_no_error (error);
        if (fields == NULL)
          break;
        for (guint i = 0; fields[i] != NULL; i++)
          g_assert_null (strchr ("=+-@\t\r", fields[i][0] == '\0' ? 'x' : fields[i][0]));
      }
  }

  g_assert_true (import_text (copy, CVK_CSV_ROSTER, "roster.csv", roster, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("R%02u", i + 1);
      CvkMember *member = cvk_store_lookup (copy, CVK_TYPE_MEMBER, id);

      g_assert_nonnull (member);
      g_assert_cmpstr (cvk_member_get_name (member), ==, texts[i]);
      g_assert_cmpstr (cvk_member_get_organization (member), ==, texts[i]);
      g_assert_cmpstr (cvk_member_get_email (member), ==, texts[i]);
      g_assert_cmpstr (cvk_member_get_justification (member), ==, texts[i]);
    }

  roster2 = export_text (copy, CVK_CSV_ROSTER);
  g_assert_cmpstr (roster2, ==, roster);
}

static void
assert_no_formula_cell (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkCsvReader) reader = cvk_csv_reader_new ("file.csv", bytes, &error);

  g_assert_no_error (error);
  for (;;)
    {
      g_auto(GStrv) fields = NULL;

      g_assert_true (cvk_csv_reader_iterate (reader, &fields, NULL, &error));
      g_assert_no_error (error);
      if (fields == NULL)
        break;
      for (guint i = 0; fields[i] != NULL; i++)
        {
          /* A negative amount is a number, not a formula. */
          if (fields[i][0] == '-' && g_ascii_isdigit (fields[i][1]))
            continue;
          g_assert_null (strchr ("=+-@\t\r", fields[i][0] == '\0' ? 'x' : fields[i][0]));
        }
    }
}

/* A document can hold codes that no import would accept (an ID typed in
 * the window, a hand-edited file): the export still guards every cell, and
 * a currency that is not ISO 4217 neither aborts nor writes garbage. */
static void
test_export_odd_codes (void)
{
  g_autoptr(CvkStore) store = create_store ("blank");
  g_autoptr(CvkStore) copy = create_store ("blank");
  g_autoptr(GError) error = NULL;
  g_autofree char *roster = NULL;
  g_autofree char *timeline = NULL;
  g_autofree char *budget = NULL;
  CvkEntity *member = CVK_ENTITY (cvk_member_new ("=HYPERLINK(\"x\")"));
  CvkEntity *item = CVK_ENTITY (cvk_item_new ("@SUM(1)"));
  CvkEntity *child = CVK_ENTITY (cvk_item_new ("T2"));
  CvkEntity *line = CVK_ENTITY (cvk_budget_line_new ("B1"));

  cvk_entity_set_string (member, CVK_MEMBER_REGION, "+1");
  insert (store, member);
  insert (store, item);
  cvk_entity_set_string (child, CVK_ITEM_PARENT, "@SUM(1)");
  insert (store, child);
  cvk_entity_set_string (line, CVK_BUDGET_LINE_CURRENCY, "A1B");
  cvk_entity_set_int (line, CVK_BUDGET_LINE_PLANNED, -12345);
  insert (store, line);

  roster = export_text (store, CVK_CSV_ROSTER);
  assert_no_formula_cell (roster);
  g_assert_nonnull (strstr (roster, "\r\n\"'=HYPERLINK(\"\"x\"\")\",,rg-iem-lead,'+1,"));

  timeline = export_text (store, CVK_CSV_TIMELINE);
  assert_no_formula_cell (timeline);
  g_assert_nonnull (strstr (timeline, "\r\n'@SUM(1),"));

  budget = export_text (store, CVK_CSV_BUDGET);
  assert_no_formula_cell (budget);
  g_assert_nonnull (strstr (budget, "\r\nB1,,,,A1B,-12345,0,0\r\n"));

  /* Reading such a file back is refused with the line, not half done. */
  g_assert_false (import_text (copy, CVK_CSV_ROSTER, "roster.csv", roster, &error));
  g_assert_error (error, CVK_CSV_ERROR, CVK_CSV_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "roster.csv:2:"));
  g_assert_cmpuint (g_list_model_get_n_items (cvk_store_get_model (copy, CVK_TYPE_MEMBER)), ==, 0);
}

/* Merge by ID: a known ID updates (keeping what the file has no column
 * for), a new one adds; one step to undo. */
static void
test_merge (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autoptr(CvkEntity) r07 = cvk_entity_copy (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R07"));
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after_undo = NULL;
  CvkMember *member;
  GDate term;

  set_date (r07, CVK_MEMBER_TERM_START, "2025-06-01");
  update (store, r07);
  before = export_all (store);

  g_assert_true (import_text (store, CVK_CSV_ROSTER, "roster.csv",
                              "\xEF\xBB\xBF" "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\n"
                              "R07,Jean Dupont,regional-volunteer,B,fr,Orange,jean@example.fr,male,NO,Confirmed,\n"
                              "\n"
                              "R15,Ana Silva,,,BR,Anatel,ana@example.org,female,yes,candidate,\"Workshops, many\"\n"
                              "\n",
                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cvk_store_get_undo_label (store), ==, "Import roster.csv");

  member = cvk_store_lookup (store, CVK_TYPE_MEMBER, "R07");
  g_assert_cmpstr (cvk_member_get_name (member), ==, "Jean Dupont");
  g_assert_cmpstr (cvk_member_get_country (member), ==, "FR");
  g_assert_cmpint (cvk_member_get_status (member), ==, CVK_MEMBER_STATUS_CONFIRMED);
  g_assert_true (cvk_date_parse_iso ("2025-06-01", &term));
  g_assert_nonnull (cvk_member_get_term_start (member));
  g_assert_cmpint (g_date_compare (cvk_member_get_term_start (member), &term), ==, 0);

  member = cvk_store_lookup (store, CVK_TYPE_MEMBER, "R15");
  g_assert_nonnull (member);
  g_assert_cmpint (cvk_member_get_role (member), ==, CVK_ROLE_OTHER);
  g_assert_cmpstr (cvk_member_get_region (member), ==, "");   /* as written */
  g_assert_true (cvk_member_get_youth (member));

  g_assert_true (cvk_store_undo (store, &error));
  g_assert_no_error (error);
  after_undo = export_all (store);
  g_assert_cmpstr (after_undo, ==, before);
}

static CvkDependency *
find_dependency (CvkStore          *store,
                 const char        *predecessor,
                 const char        *successor,
                 CvkDependencyType  relation)
{
  GListModel *deps = cvk_store_get_model (store, CVK_TYPE_DEPENDENCY);

  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (deps, i);

      if (g_str_equal (cvk_dependency_get_predecessor (dep), predecessor) &&
          g_str_equal (cvk_dependency_get_successor (dep), successor) &&
          cvk_dependency_get_relation (dep) == relation)
        return dep;   /* the model holds it */
    }

  return NULL;
}

static gint64
last_position_under (CvkStore   *store,
                     const char *parent)
{
  GListModel *items = cvk_store_get_model (store, CVK_TYPE_ITEM);
  gint64 last = -1;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CvkItem) item = g_list_model_get_item (items, i);

      if (g_str_equal (cvk_item_get_parent (item), parent))
        last = MAX (last, cvk_item_get_position (item));
    }

  return last;
}

/* The dependencies of an item in the file become those of its row; the
 * others stay; one that stays keeps its ID; new ones are numbered after
 * the document's. */
static void
test_merge_dependencies (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autoptr(GError) error = NULL;
  g_autofree char *timeline = NULL;
  g_autofree char *kept_id = NULL;
  g_autofree char *first_new_id = cvk_store_next_id (store, CVK_TYPE_DEPENDENCY, "D");
  g_autofree char *second_new_id = NULL;
  GListModel *deps = cvk_store_get_model (store, CVK_TYPE_DEPENDENCY);
  guint n_before = g_list_model_get_n_items (deps);
  gint64 last_position = last_position_under (store, "PH2");
  CvkDependency *dep;
  CvkItem *item;
  guint64 n;

  g_assert_true (g_ascii_string_to_unsigned (first_new_id + 1, 10, 1, 999, &n, NULL));
  second_new_id = g_strdup_printf ("D%02u", (guint) n + 1);

  /* What the template says, and this test changes. */
  g_assert_nonnull (find_dependency (store, "TL04", "W1-6", CVK_DEPENDENCY_FS));
  g_assert_nonnull (find_dependency (store, "W1-5", "W1-6", CVK_DEPENDENCY_FS));
  g_assert_nonnull (find_dependency (store, "TL05", "TL06", CVK_DEPENDENCY_FS));
  g_assert_nonnull (find_dependency (store, "TL04", "TL05", CVK_DEPENDENCY_FS));
  dep = find_dependency (store, "TL05", "W1-6", CVK_DEPENDENCY_FF);
  g_assert_nonnull (dep);
  g_assert_cmpint (cvk_dependency_get_lag (dep), ==, 0);
  kept_id = g_strdup (cvk_entity_get_id (CVK_ENTITY (dep)));

  /* A new item goes under PH2, after the items already there. */
  g_assert_true (import_text (store, CVK_CSV_TIMELINE, "plan.csv",
                              "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
                              "W1-6,Post-workshop follow-up,task,,2026-06-01,2026-09-30,month,TBD,"
                              "\"TL05:FF+7d  W1-5, NEW1:SS\",PH2,,10,Shorter notes\r\n"
                              "TL06,TSAG reviews,meeting,TSAG,2026-09-01,2026-11-30,season,TBC,,PH2,,0,\r\n"
                              "NEW1,A new task,task,,2026-06-01,2026-06-30,month,TBD,TL04+1d,PH2,,0,\r\n",
                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cvk_store_get_undo_label (store), ==, "Import plan.csv");

  /* -1 (TL04 → W1-6) -1 (TL05 → TL06) +1 (NEW1 → W1-6) +1 (TL04 → NEW1) */
  g_assert_cmpuint (g_list_model_get_n_items (deps), ==, n_before);

  g_assert_null (find_dependency (store, "TL04", "W1-6", CVK_DEPENDENCY_FS));
  g_assert_null (find_dependency (store, "TL05", "TL06", CVK_DEPENDENCY_FS));
  g_assert_nonnull (find_dependency (store, "W1-5", "W1-6", CVK_DEPENDENCY_FS));
  g_assert_nonnull (find_dependency (store, "TL04", "TL05", CVK_DEPENDENCY_FS));   /* not the file's */

  dep = find_dependency (store, "TL05", "W1-6", CVK_DEPENDENCY_FF);
  g_assert_nonnull (dep);
  g_assert_cmpint (cvk_dependency_get_lag (dep), ==, 7);
  g_assert_cmpstr (cvk_entity_get_id (CVK_ENTITY (dep)), ==, kept_id);

  dep = find_dependency (store, "NEW1", "W1-6", CVK_DEPENDENCY_SS);
  g_assert_nonnull (dep);
  g_assert_cmpstr (cvk_entity_get_id (CVK_ENTITY (dep)), ==, first_new_id);
  dep = find_dependency (store, "TL04", "NEW1", CVK_DEPENDENCY_FS);
  g_assert_nonnull (dep);
  g_assert_cmpstr (cvk_entity_get_id (CVK_ENTITY (dep)), ==, second_new_id);
  g_assert_cmpint (cvk_dependency_get_lag (dep), ==, 1);

  item = cvk_store_lookup (store, CVK_TYPE_ITEM, "NEW1");
  g_assert_nonnull (item);
  g_assert_cmpint (cvk_item_get_position (item), ==, last_position + 1);

  timeline = export_text (store, CVK_CSV_TIMELINE);
  g_assert_nonnull (strstr (timeline, "\r\nW1-6,Post-workshop follow-up,task,,2026-06-01,2026-09-30,month,TBD,"
                                      "NEW1:SS TL05:FF+7d W1-5,PH2,,10,Shorter notes\r\n"));
  g_assert_true (strstr (timeline, "\r\nTL06,") < strstr (timeline, "\r\nNEW1,"));
  g_assert_true (strstr (timeline, "\r\nNEW1,") < strstr (timeline, "\r\nPH3,"));

  /* One step undoes it all. */
  g_assert_true (cvk_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_ITEM, "NEW1"));
  g_assert_cmpuint (g_list_model_get_n_items (deps), ==, n_before);
  g_assert_nonnull (find_dependency (store, "TL04", "W1-6", CVK_DEPENDENCY_FS));
  g_assert_cmpint (cvk_dependency_get_lag (find_dependency (store, "TL05", "W1-6", CVK_DEPENDENCY_FF)), ==, 0);
}

/* Budget lines find their workshop by edition; no currency is the
 * document's; empty amounts are nothing. */
static void
test_budget_import (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autoptr(GError) error = NULL;
  g_autofree char *budget = NULL;
  CvkBudgetLine *line;

  g_assert_true (import_text (store, CVK_CSV_BUDGET, "budget.csv",
                              "ID,Workshop,Category,Description,Currency,Planned,Committed,Actual\n"
                              "B1, 2 ,Catering,Lunch,,1500,,\n"
                              "B2,,Misc,,eur,0.5,-0.25,\n",
                              &error));
  g_assert_no_error (error);

  line = cvk_store_lookup (store, CVK_TYPE_BUDGET_LINE, "B1");
  g_assert_nonnull (line);
  g_assert_cmpstr (cvk_budget_line_get_workshop (line), ==, "WS2");
  g_assert_cmpstr (cvk_budget_line_get_currency (line), ==, "CHF");
  g_assert_cmpint (cvk_budget_line_get_planned (line), ==, 150000);
  g_assert_cmpint (cvk_budget_line_get_committed (line), ==, 0);

  line = cvk_store_lookup (store, CVK_TYPE_BUDGET_LINE, "B2");
  g_assert_nonnull (line);
  g_assert_cmpstr (cvk_budget_line_get_workshop (line), ==, "");
  g_assert_cmpstr (cvk_budget_line_get_currency (line), ==, "EUR");
  g_assert_cmpint (cvk_budget_line_get_planned (line), ==, 50);
  g_assert_cmpint (cvk_budget_line_get_committed (line), ==, -25);

  budget = export_text (store, CVK_CSV_BUDGET);
  g_assert_cmpstr (budget, ==,
                   "ID,Workshop,Category,Description,Currency,Planned,Committed,Actual\r\n"
                   "B1,2,Catering,Lunch,CHF,1500.00,0.00,0.00\r\n"
                   "B2,,Misc,,EUR,0.50,-0.25,0.00\r\n");
}

/* Children may come before their parents in the file, and be moved under
 * a new item. */
static void
test_parents_in_any_order (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autoptr(GError) error = NULL;

  g_assert_false (import_text (store, CVK_CSV_TIMELINE, "plan.csv",
                              "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\n"
                              "K2,Grandchild,task,,,,day,fixed,,K1,,0,\n"
                              "W1-1,Design the workshop,task,,2025-11-01,2025-12-31,month,TBD,TL03,K0,,0,\n"
                              "K1,Child,task,,,,day,fixed,,K0,,0,\n"
                              "K0,New phase,phase,,2025,,,,,,,,\n",
                              &error));
  g_assert_error (error, CVK_CSV_ERROR, CVK_CSV_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, "plan.csv:5: Start: “2025” is not a date (YYYY-MM-DD)");
  g_clear_error (&error);

  g_assert_true (import_text (store, CVK_CSV_TIMELINE, "plan.csv",
                              "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\n"
                              "K2,Grandchild,task,,,,day,fixed,,K1,,0,\n"
                              "W1-1,Design the workshop,task,,2025-11-01,2025-12-31,month,TBD,TL03,K0,,0,\n"
                              "K1,Child,task,,,,day,fixed,,K0,,0,\n"
                              "K0,New phase,phase,,2025-01-01,,year,,,,,,\n",
                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cvk_item_get_parent (cvk_store_lookup (store, CVK_TYPE_ITEM, "W1-1")), ==, "K0");
  g_assert_cmpstr (cvk_item_get_parent (cvk_store_lookup (store, CVK_TYPE_ITEM, "K2")), ==, "K1");
}

typedef struct
{
  CvkCsvKind  kind;
  const char *file;
  int         code;
  const char *message;   /* after "FILE:" */
} BadCase;

static const BadCase bad_cases[] = {
  { CVK_CSV_ROSTER, "roster-bad-country.csv", CVK_CSV_ERROR_VALUE,
    "3: “XX” is not a country code (ISO 3166-1 alpha-2)" },
  { CVK_CSV_ROSTER, "roster-bad-role.csv", CVK_CSV_ERROR_VALUE,
    "3: Role: “chair” is not one of rg-iem-lead, tsb-director, deputy-sg, "
    "itu-t-counsellor, regional-volunteer, other" },
  { CVK_CSV_ROSTER, "roster-bad-youth.csv", CVK_CSV_ERROR_VALUE,
    "2: Youth: “maybe” is neither yes nor no" },
  { CVK_CSV_ROSTER, "roster-wrong-columns.csv", CVK_CSV_ERROR_COLUMNS,
    "3: 10 cells where the header has 11" },
  { CVK_CSV_ROSTER, "roster-duplicate-ids.csv", CVK_CSV_ERROR_DUPLICATE,
    "4: the ID “R15” is already on line 2" },
  { CVK_CSV_ROSTER, "roster-foreign-header.csv", CVK_CSV_ERROR_HEADER,
    "1: this is not a roster file: its first line must be "
    "“ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification”" },
  { CVK_CSV_TIMELINE, "roster-bad-country.csv", CVK_CSV_ERROR_HEADER,
    "1: this is not a timeline file: its first line must be "
    "“ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes”" },
  { CVK_CSV_TIMELINE, "timeline-unbalanced-quotes.csv", CVK_CSV_ERROR_SYNTAX,
    "3: a quoted field is never closed (unbalanced quotes)" },
  { CVK_CSV_TIMELINE, "timeline-text-after-quote.csv", CVK_CSV_ERROR_SYNTAX,
    "3: text after the closing quote of a field (a quote inside a quoted field is written twice)" },
  { CVK_CSV_TIMELINE, "timeline-bad-date.csv", CVK_CSV_ERROR_VALUE,
    "3: End: “2026-02-30” is not a date (YYYY-MM-DD)" },
  { CVK_CSV_TIMELINE, "timeline-misaligned-season.csv", CVK_CSV_ERROR_VALUE,
    "2: 2026-03-01..2026-05-30 does not start on the first day and end on the last day of a season" },
  { CVK_CSV_TIMELINE, "timeline-end-before-start.csv", CVK_CSV_ERROR_VALUE,
    "2: the period ends (2026-05-01) before it starts (2026-05-10)" },
  { CVK_CSV_TIMELINE, "timeline-unknown-parent.csv", CVK_CSV_ERROR_REFERENCE,
    "3: Parent: there is no item “PH9” in the document or the file" },
  { CVK_CSV_TIMELINE, "timeline-unknown-owner.csv", CVK_CSV_ERROR_REFERENCE,
    "2: Owner: there is no member “R99” in the roster" },
  { CVK_CSV_TIMELINE, "timeline-unknown-dependency.csv", CVK_CSV_ERROR_REFERENCE,
    "3: Depends on: there is no item “TL99” in the document or the file" },
  { CVK_CSV_TIMELINE, "timeline-bad-dependency.csv", CVK_CSV_ERROR_VALUE,
    "2: Depends on: “TL03:XX” is not ID, ID:TYPE, ID+Nd or ID:TYPE-Nd "
    "(TYPE one of FS, SS, FF, SF; N a number of days)" },
  { CVK_CSV_TIMELINE, "timeline-cycle.csv", CVK_CSV_ERROR_CYCLE,
    "2: Depends on: the dependencies go round in a circle: TL01 → TL02 → TL03 → TL01" },
  { CVK_CSV_TIMELINE, "timeline-cycle-new.csv", CVK_CSV_ERROR_CYCLE,
    "2: Depends on: the dependencies go round in a circle: X1 → X2 → X3 → X1" },
  { CVK_CSV_TIMELINE, "timeline-self-dependency.csv", CVK_CSV_ERROR_CYCLE,
    "2: Depends on: “X1” cannot depend on itself" },
  { CVK_CSV_TIMELINE, "timeline-parent-cycle.csv", CVK_CSV_ERROR_CYCLE,
    "2: Parent: the parents go round in a circle: X1 → X2 → X1" },
  { CVK_CSV_TIMELINE, "timeline-bad-progress.csv", CVK_CSV_ERROR_VALUE,
    "2: Progress: “150” is not a whole number from 0 to 100" },
  { CVK_CSV_BUDGET, "budget-bad-amount.csv", CVK_CSV_ERROR_VALUE,
    "3: Planned: “12,50” is not an amount in CHF (write it as 1234.50)" },
  { CVK_CSV_BUDGET, "budget-too-many-decimals.csv", CVK_CSV_ERROR_VALUE,
    "2: Planned: “1250.505” has too many decimals: amounts in CHF have 2" },
  { CVK_CSV_BUDGET, "budget-unknown-workshop.csv", CVK_CSV_ERROR_REFERENCE,
    "3: Workshop: the document has no workshop 4" },
  { CVK_CSV_BUDGET, "budget-bad-currency.csv", CVK_CSV_ERROR_VALUE,
    "2: Currency: “FRANCS” is not a currency code (ISO 4217, such as CHF)" },
  { CVK_CSV_CONTACTS, "contacts-bad-previous.csv", CVK_CSV_ERROR_VALUE,
    "2: Previous workshops: “two” is not a workshop number" },
  { CVK_CSV_CONTACTS, "contacts-duplicate-ids.csv", CVK_CSV_ERROR_DUPLICATE,
    "4: the ID “C01” is already on line 2" },
};

/* Refused files name the line, and leave the document as it was. */
static void
test_bad_files (void)
{
  g_autoptr(CvkStore) store = create_full_store ();
  g_autofree char *before = export_all (store);
  g_autofree char *label = g_strdup (cvk_store_get_undo_label (store));

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, c->file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_strdup_printf ("%s:%s", c->file, c->message);
      g_autofree char *after = NULL;

      g_test_message ("%s", c->file);
      g_assert_false (cvk_csv_import_file (store, c->kind, file, &error));
      g_assert_error (error, CVK_CSV_ERROR, c->code);
      g_assert_cmpstr (error->message, ==, expected);

      after = export_all (store);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpstr (cvk_store_get_undo_label (store), ==, label);
      g_assert_false (cvk_store_in_transaction (store));
    }
}

static void
test_bad_text (void)
{
  struct {
    CvkCsvKind  kind;
    const char *text;
    int         code;
    const char *message;
  } cases[] = {
    { CVK_CSV_ROSTER, "", CVK_CSV_ERROR_HEADER,
      "in.csv: the file is empty: a roster file starts with the line "
      "“ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification”" },
    { CVK_CSV_ROSTER, "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status\r\n",
      CVK_CSV_ERROR_HEADER,
      "in.csv:1: this is not a roster file: its first line must be "
      "“ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification”" },
    { CVK_CSV_ROSTER,
      "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
      "R01,Jos\xE9,,,,,,,,,\r\n",
      CVK_CSV_ERROR_ENCODING,
      "in.csv:2: the file is not UTF-8 text (save it as “CSV UTF-8”)" },
    { CVK_CSV_ROSTER,
      "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
      ",Nobody,,,,,,,,,\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: the ID is empty" },
    { CVK_CSV_ROSTER,
      "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
      "R 1,Nobody,,,,,,,,,\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: the ID “R 1” has a space in it" },
    { CVK_CSV_ROSTER,
      "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
      "=R1,Nobody,,,,,,,,,\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: the ID “=R1” starts with “=”" },
    { CVK_CSV_ROSTER,
      "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
      "R01,Nobody,,F,,,,,,,\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: Region: “F” is not one of A, B, C, D, E" },
    { CVK_CSV_BUDGET,
      "ID,Workshop,Category,Description,Currency,Planned,Committed,Actual\r\n"
      "B1,first,Venue,,CHF,1,2,3\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: Workshop: “first” is not a workshop number (1, 2, 3 …)" },
    { CVK_CSV_BUDGET,
      "ID,Workshop,Category,Description,Currency,Planned,Committed,Actual\r\n"
      "B1,1,Venue,,CHF,1,2,1e3\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: Actual: “1e3” is not an amount in CHF (write it as 1234.50)" },
    { CVK_CSV_TIMELINE,
      "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
      "X1,A,task,UN,,,,,,,,,\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: Body: “UN” is not one of none, TSAG, WP2, RG-IEM, IEWSC" },
    { CVK_CSV_TIMELINE,
      "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
      "X1,A,task,,2026-03-02,,season,,,,,,\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: Start: 2026-03-02 is not the first day of a season" },
    { CVK_CSV_TIMELINE,
      "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
      "X1,A,task,,,2026-03-30,month,,,,,,\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: End: 2026-03-30 is not the last day of a month" },
    { CVK_CSV_TIMELINE,
      "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
      "X1,A,task,,,,,,TL01 TL01:FS,,,,\r\n",
      CVK_CSV_ERROR_DUPLICATE, "in.csv:2: Depends on: “TL01:FS” is there twice" },
    { CVK_CSV_TIMELINE,
      "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
      "X1,A,task,,,,,,TL01+99999d,,,,\r\n",
      CVK_CSV_ERROR_VALUE, "in.csv:2: Depends on: “TL01+99999d” is not ID, ID:TYPE, ID+Nd or "
      "ID:TYPE-Nd (TYPE one of FS, SS, FF, SF; N a number of days)" },
    /* A circle through the document's dependencies: the first row on one
     * names it, by a shortest way, the successors in the document's order
     * (W1-1 → W1-2 before W1-1 → W1-3, both as short). */
    { CVK_CSV_TIMELINE,
      "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
      "X1,A,task,,,,,,TL01,,,,\r\n"
      "TL03,B,task,,,,,,W1-6,,,,\r\n",
      CVK_CSV_ERROR_CYCLE, "in.csv:3: Depends on: the dependencies go round in a circle: "
      "TL03 → W1-1 → W1-2 → W1-5 → W1-6 → TL03" },
    /* The file's TL02 depends on nothing: TL01 → TL02 → TL03 → TL01 is
     * no circle, the document's TL01 → TL02 going with its TL02. */
    { CVK_CSV_TIMELINE,
      "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"
      "TL01,A,task,,,,,,TL03,,,,\r\n"
      "TL02,B,task,,,,,,,,,,\r\n"
      "X1,C,task,,,,,,X2:SS,,,,\r\n"
      "X2,D,task,,,,,,X1,,,,\r\n",
      CVK_CSV_ERROR_CYCLE, "in.csv:4: Depends on: the dependencies go round in a circle: "
      "X1 → X2 → X1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CvkStore) store = create_store ("iewsc");
      g_autofree char *before = export_all (store);
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (import_text (store, cases[i].kind, "in.csv", cases[i].text, &error));
      g_assert_error (error, CVK_CSV_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);

      after = export_all (store);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (cvk_store_can_undo (store));
    }
}

/* The document refusing the change is reported with the file's name.
 * (Every rule of the schema that a file could break is checked before the
 * document is touched, so a store that fails on its own stands in.) */
static void
test_store_error (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autofree char *before = export_all (store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (import_text (store, CVK_CSV_ROSTER, "roster.csv",
                              "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
                              "R01,Ana,,,,,,,,,\r\n", &error));
  g_assert_no_error (error);
  g_assert_true (cvk_store_undo (store, &error));
  g_assert_no_error (error);

  cvk_store_close (store);
  g_assert_false (import_text (store, CVK_CSV_ROSTER, "roster.csv",
                               "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
                               "R01,Ana,,,,,,,,,\r\n", &error));
  g_assert_error (error, CVK_CSV_ERROR, CVK_CSV_ERROR_STORE);
  g_assert_true (g_str_has_prefix (error->message, "roster.csv: "));

  after = export_all (store);
  g_assert_cmpstr (after, ==, before);
}

static void
test_files (void)
{
  g_autoptr(CvkStore) store = create_full_store ();
  g_autoptr(CvkStore) copy = create_store ("blank");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nowhere = NULL;
  gsize length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "roster.csv", NULL);
  file = g_file_new_for_path (path);

  /* Replaces an older file. */
  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  g_assert_true (cvk_csv_export_file (store, CVK_CSV_ROSTER, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  expected = export_text (store, CVK_CSV_ROSTER);
  g_assert_cmpstr (contents, ==, expected);

  g_assert_true (cvk_csv_import_file (copy, CVK_CSV_ROSTER, file, &error));
  g_assert_no_error (error);
  g_assert_nonnull (cvk_store_lookup (copy, CVK_TYPE_MEMBER, "R15"));

  /* Errors name the file. */
  missing = g_build_filename (dir, "no-such-dir", "roster.csv", NULL);
  nowhere = g_file_new_for_path (missing);
  g_assert_false (cvk_csv_export_file (store, CVK_CSV_ROSTER, nowhere, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "roster.csv: "));
  g_clear_error (&error);
  g_assert_false (cvk_csv_import_file (store, CVK_CSV_ROSTER, nowhere, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "roster.csv: "));
  g_clear_error (&error);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A full disk: the old file stays. */
static void
test_full_disk (void)
{
  g_autoptr(CvkStore) store = create_full_store ();
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/full");
  g_autoptr(GError) error = NULL;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }

  /* /dev/full cannot be replaced by a rename: only a stream can show the
   * error path of writing. */
  {
    g_autoptr(GFileOutputStream) stream = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, &error);

    if (stream == NULL)
      {
        g_test_skip (error->message);
        return;
      }
    g_assert_false (cvk_csv_export (store, CVK_CSV_TIMELINE, G_OUTPUT_STREAM (stream), &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/csv/reader/tricky", test_reader_tricky);
  g_test_add_func ("/cvk/csv/reader/line-ends", test_reader_line_ends);
  g_test_add_func ("/cvk/csv/reader/bom", test_reader_bom);
  g_test_add_func ("/cvk/csv/reader/errors", test_reader_errors);
  g_test_add_func ("/cvk/csv/writer", test_writer);
  g_test_add_func ("/cvk/csv/guard", test_guard);
  g_test_add_func ("/cvk/csv/kind/names", test_kind_names);
  g_test_add_func ("/cvk/csv/export/template", test_export_template);
  g_test_add_func ("/cvk/csv/round-trip", test_round_trip);
  g_test_add_func ("/cvk/csv/import/same", test_reimport_same);
  g_test_add_func ("/cvk/csv/import/formula", test_formula_cells);
  g_test_add_func ("/cvk/csv/export/odd-codes", test_export_odd_codes);
  g_test_add_func ("/cvk/csv/import/merge", test_merge);
  g_test_add_func ("/cvk/csv/import/dependencies", test_merge_dependencies);
  g_test_add_func ("/cvk/csv/import/parents", test_parents_in_any_order);
  g_test_add_func ("/cvk/csv/import/budget", test_budget_import);
  g_test_add_func ("/cvk/csv/import/bad-files", test_bad_files);
  g_test_add_func ("/cvk/csv/import/bad-text", test_bad_text);
  g_test_add_func ("/cvk/csv/import/store-error", test_store_error);
  g_test_add_func ("/cvk/csv/files", test_files);
  g_test_add_func ("/cvk/csv/export/full-disk", test_full_disk);

  return g_test_run ();
}
