/* test-store.c: the document store
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "cvk-store.h"
#include "cvk-store-private.h"
#include "cvk-test-files.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cvk-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "doc.convoke", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cvk_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A text picture of the whole document: every entity of every kind with
 * every field, to compare states. */
static char *
snapshot (CvkStore *store)
{
  GString *s = g_string_new (NULL);
  GType *types;
  guint n_types;

  types = cvk_entity_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      GListModel *model = cvk_store_get_model (store, types[t]);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(CvkEntity) e = g_list_model_get_item (model, i);
          guint n_fields;
          const CvkField *fields = cvk_entity_class_get_fields (CVK_ENTITY_GET_CLASS (e), &n_fields);

          g_string_append_printf (s, "%s", cvk_entity_get_kind (e));
          for (guint k = 0; k < n_fields; k++)
            {
              g_autofree char *text = cvk_entity_dup_field_text (e, k);
              g_string_append_printf (s, " %s=%s", fields[k].name, text);
            }
          g_string_append_c (s, '\n');
        }
    }
  return g_string_free (s, FALSE);
}

/* Fills every field of a new entity with a value that is not the default.
 * @variant 0 or 1 makes two distinct entities of a kind; references point
 * at the entity of the same variant of the kind referred to (for a kind
 * referring to itself, variant 1 points at variant 0). */
static CvkEntity *
make_full_entity (GType       type,
                  guint       variant,
                  GHashTable *ids)
{
  CvkEntity *e = cvk_entity_new (type, NULL);
  CvkEntityClass *klass = CVK_ENTITY_GET_CLASS (e);
  guint n_fields;
  const CvkField *fields = cvk_entity_class_get_fields (klass, &n_fields);
  const char *kind = cvk_entity_class_get_kind (klass);
  g_autofree char *id = g_str_equal (kind, "country-region")
                        ? g_strdup (variant ? "NG" : "FR")  /* its id is a country code */
                        : g_strdup_printf ("%s-%u", kind, variant);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15 + variant, 3, 2026);

  cvk_entity_set_string (e, 0, id);

  for (guint i = 1; i < n_fields; i++)
    {
      const CvkField *field = &fields[i];

      switch (field->type)
        {
        case CVK_FIELD_STRING:
          if (g_str_equal (field->name, "country"))
            cvk_entity_set_string (e, i, variant ? "NG" : "FR");
          else if (g_str_equal (field->name, "region"))
            cvk_entity_set_string (e, i, variant ? "D" : "B");
          else if (g_str_equal (field->name, "currency"))
            cvk_entity_set_string (e, i, "EUR");
          else
            {
              g_autofree char *text = g_strdup_printf ("%s “%s” \"quoted\", ünïcode عربي 中文 ' %u",
                                                       field->name, kind, variant);
              cvk_entity_set_string (e, i, text);
            }
          break;

        case CVK_FIELD_INT:
          cvk_entity_set_int (e, i, 40 + i + 20 * variant);
          break;

        case CVK_FIELD_DOUBLE:
          cvk_entity_set_double (e, i, 2.5 + variant);
          break;

        case CVK_FIELD_BOOL:
          cvk_entity_set_bool (e, i, TRUE);
          break;

        case CVK_FIELD_ENUM:
          {
            g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
            cvk_entity_set_enum (e, i, enum_class->values[enum_class->n_values - 1 - variant].value);
          }
          break;

        case CVK_FIELD_DATE:
          cvk_entity_set_date (e, i, &date);
          break;

        case CVK_FIELD_REF:
          {
            guint target = g_str_equal (field->ref_kind, kind) ? 0 : variant;
            g_autofree char *key = g_strdup_printf ("%s-%u", field->ref_kind, target);

            if (g_str_equal (field->ref_kind, kind) && variant == 0)
              break;  /* an entity does not refer to itself */
            g_assert_true (g_hash_table_contains (ids, key));
            cvk_entity_set_string (e, i, key);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_hash_table_add (ids, g_strdup (id));
  return e;
}

static void
fill_every_kind (CvkStore *store)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GType *types;
  guint n_types;

  types = cvk_entity_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    for (guint variant = 0; variant < 2; variant++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(CvkEntity) e = make_full_entity (types[t], variant, ids);

        cvk_store_insert (store, e, &error);
        g_assert_no_error (error);
        g_assert_cmpint (cvk_entity_get_pk (e), >, 0);
        /* The inserted object is the one in the model. */
        g_assert_true (cvk_store_lookup (store, types[t], cvk_entity_get_id (e)) == (gpointer) e);
      }
}

static void
test_migrate_from_nothing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GType *types;
  guint n_types;

  g_assert_cmpint (cvk_store_schema_version (), >=, 1);

  store = cvk_store_create (f->path, "blank", &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  cvk_store_close (store);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA application_id", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, CVK_STORE_APPLICATION_ID);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, cvk_store_schema_version ());
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);

  /* Every field of every entity has its column, and no column is extra. */
  types = cvk_entity_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(CvkEntity) e = cvk_entity_new (types[t], NULL);
      CvkEntityClass *klass = CVK_ENTITY_GET_CLASS (e);
      guint n_fields, n_columns = 0;
      g_autofree char *table = g_strdelimit (g_strdup (cvk_entity_class_get_kind (klass)), "-", '_');
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s') WHERE name <> 'pk'", table);

      cvk_entity_class_get_fields (klass, &n_fields);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autofree char *prop = g_strdelimit (g_strdup ((const char *) sqlite3_column_text (stmt, 0)), "_", '-');
          g_assert_cmpint (cvk_entity_class_find_field (klass, prop), >=, 0);
          n_columns++;
        }
      sqlite3_finalize (stmt);
      g_assert_cmpuint (n_columns, ==, n_fields);
    }
  sqlite3_close (db);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  g_autoptr(CvkStore) reopened = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GType *types;
  guint n_types;

  store = cvk_store_create (f->path, "blank", &error);
  g_assert_no_error (error);
  fill_every_kind (store);
  before = snapshot (store);
  cvk_store_close (store);

  reopened = cvk_store_open (f->path, &error);
  g_assert_no_error (error);
  after = snapshot (reopened);
  g_assert_cmpstr (before, ==, after);

  /* Field by field, through the objects. */
  types = cvk_entity_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      /* Rebuild the expected entity of variant 1 (references resolved by name). */
      for (guint u = 0; u < n_types; u++)
        for (guint v = 0; v < 2; v++)
          {
            g_autoptr(CvkEntity) tmp = cvk_entity_new (types[u], NULL);
            g_hash_table_add (ids, g_strdup_printf ("%s-%u", cvk_entity_get_kind (tmp), v));
          }
      {
        g_autoptr(CvkEntity) expected = make_full_entity (types[t], 1, ids);
        CvkEntity *stored = cvk_store_lookup (reopened, types[t], cvk_entity_get_id (expected));
        g_assert_nonnull (stored);
        g_assert_true (cvk_entity_equal (stored, expected));
      }
    }
}

static guint n_items_changed;
static guint n_notifies;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  n_items_changed++;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  n_notifies++;
}

static void
test_models_follow_edits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autoptr(CvkMember) member = cvk_member_new ("M01");
  GListModel *members;
  CvkMember *in_model;

  g_assert_no_error (error);
  members = cvk_store_get_model (store, CVK_TYPE_MEMBER);
  g_signal_connect (members, "items-changed", G_CALLBACK (on_items_changed), NULL);
  n_items_changed = 0;

  g_object_set (member, "name", "Ada", "status", CVK_MEMBER_STATUS_CANDIDATE, NULL);
  cvk_store_insert (store, CVK_ENTITY (member), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  g_assert_cmpuint (n_items_changed, ==, 1);

  in_model = g_list_model_get_item (members, 0);
  g_assert_true (in_model == member);
  g_object_unref (in_model);

  /* An update changes the same object in place, with one notification
   * per changed property and no items-changed. */
  n_notifies = 0;
  g_signal_connect (member, "notify", G_CALLBACK (on_notify), NULL);
  cvk_store_set (store, CVK_ENTITY (member), &error, "status", CVK_MEMBER_STATUS_CONFIRMED, NULL);
  g_assert_no_error (error);
  g_assert_cmpint (cvk_member_get_status (member), ==, CVK_MEMBER_STATUS_CONFIRMED);
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (n_items_changed, ==, 1);

  /* A failed edit changes nothing. */
  {
    g_autoptr(CvkMember) dup = cvk_member_new ("M01");
    g_assert_false (cvk_store_insert (store, CVK_ENTITY (dup), &error));
    g_assert_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  }

  cvk_store_delete (store, CVK_ENTITY (member), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 0);
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_MEMBER, "M01"));
  g_signal_handlers_disconnect_by_func (members, on_items_changed, NULL);
}

static void
undo_redo_check (CvkStore   *store,
                 const char *before,
                 const char *after)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *s3 = NULL;

  s1 = snapshot (store);
  g_assert_cmpstr (s1, ==, after);
  g_assert_true (cvk_store_can_undo (store));

  cvk_store_undo (store, &error);
  g_assert_no_error (error);
  s2 = snapshot (store);
  g_assert_cmpstr (s2, ==, before);
  g_assert_true (cvk_store_can_redo (store));

  cvk_store_redo (store, &error);
  g_assert_no_error (error);
  s3 = snapshot (store);
  g_assert_cmpstr (s3, ==, after);
}

static void
test_undo_each_edit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autofree char *s0 = NULL;
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *s3 = NULL;
  g_autofree char *s4 = NULL;
  g_autofree char *s5 = NULL;
  CvkItem *a;

  g_assert_no_error (error);
  g_assert_false (cvk_store_can_undo (store));
  g_assert_false (cvk_store_undo (store, &error));
  g_assert_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  /* Every kind, inserted: one undo step each. */
  s0 = snapshot (store);
  fill_every_kind (store);
  s1 = snapshot (store);
  {
    GType *types;
    guint n_types;
    types = cvk_entity_types (&n_types);
    for (guint i = 0; i < 2 * n_types; i++)
      {
        cvk_store_undo (store, &error);
        g_assert_no_error (error);
      }
    g_assert_false (cvk_store_can_undo (store));
    g_free (s2);
    s2 = snapshot (store);
    g_assert_cmpstr (s2, ==, s0);
    for (guint i = 0; i < 2 * n_types; i++)
      {
        cvk_store_redo (store, &error);
        g_assert_no_error (error);
      }
    g_free (s2);
    s2 = snapshot (store);
    g_assert_cmpstr (s2, ==, s1);
    (void) types;
  }

  /* Update. */
  a = cvk_store_lookup (store, CVK_TYPE_ITEM, "item-0");
  g_assert_nonnull (a);
  cvk_store_set (store, CVK_ENTITY (a), &error, "name", "Renamed", "progress", (gint64) 10, NULL);
  g_assert_no_error (error);
  s3 = snapshot (store);
  undo_redo_check (store, s1, s3);

  /* Renaming an ID follows into every reference (and back on undo). */
  cvk_store_set (store, CVK_ENTITY (a), &error, "id", "item-renamed", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (cvk_dependency_get_predecessor (cvk_store_lookup (store, CVK_TYPE_DEPENDENCY, "dependency-0")),
                   ==, "item-renamed");
  g_assert_cmpstr (cvk_item_get_parent (cvk_store_lookup (store, CVK_TYPE_ITEM, "item-1")), ==, "item-renamed");
  s4 = snapshot (store);
  undo_redo_check (store, s3, s4);
  g_assert_true (cvk_store_lookup (store, CVK_TYPE_ITEM, "item-renamed") == (gpointer) a);

  /* Delete with its cascade (dependencies, workshop link, children's parent). */
  cvk_store_delete (store, CVK_ENTITY (a), &error);
  g_assert_no_error (error);
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_DEPENDENCY, "dependency-0"));
  g_assert_cmpstr (cvk_item_get_parent (cvk_store_lookup (store, CVK_TYPE_ITEM, "item-1")), ==, "");
  s5 = snapshot (store);
  undo_redo_check (store, s4, s5);

  /* A group is one step. */
  {
    g_autofree char *g0 = snapshot (store);
    g_autofree char *g1 = NULL;
    g_autoptr(CvkMember) m = cvk_member_new ("G1");
    g_autoptr(CvkMember) n = cvk_member_new ("G2");

    g_assert_true (cvk_store_begin (store, "Two members", &error));
    cvk_store_insert (store, CVK_ENTITY (m), &error);
    g_assert_no_error (error);
    cvk_store_insert (store, CVK_ENTITY (n), &error);
    g_assert_no_error (error);
    /* Not in the models before the commit. */
    g_assert_null (cvk_store_lookup (store, CVK_TYPE_MEMBER, "G1"));
    cvk_store_commit (store, &error);
    g_assert_no_error (error);
    g_assert_nonnull (cvk_store_lookup (store, CVK_TYPE_MEMBER, "G2"));
    g_assert_cmpstr (cvk_store_get_undo_label (store), ==, "Two members");
    g1 = snapshot (store);
    undo_redo_check (store, g0, g1);
  }

  /* A rolled-back group leaves nothing, and a new edit clears redo. */
  {
    g_autofree char *r0 = snapshot (store);
    g_autofree char *r1 = NULL;
    g_autoptr(CvkMember) m = cvk_member_new ("R1");

    g_assert_true (cvk_store_begin (store, "Abandoned", &error));
    cvk_store_insert (store, CVK_ENTITY (m), &error);
    g_assert_no_error (error);
    cvk_store_rollback (store);
    r1 = snapshot (store);
    g_assert_cmpstr (r0, ==, r1);
    g_assert_null (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R1"));

    cvk_store_undo (store, &error);
    g_assert_no_error (error);
    g_assert_true (cvk_store_can_redo (store));
    cvk_store_set_setting (store, "base-currency", "EUR", &error);
    g_assert_no_error (error);
    g_assert_false (cvk_store_can_redo (store));
  }
}

static void
test_settings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autoptr(CvkDocSettings) settings = NULL;
  g_autoptr(CvkDocSettings) changed = NULL;
  g_autoptr(CvkCountryRegion) override = cvk_country_region_new ("AL");

  g_assert_no_error (error);
  settings = cvk_store_dup_settings (store);
  g_assert_cmpint (settings->report_lead_months, ==, 1);
  g_assert_cmpstr (settings->base_currency, ==, "CHF");

  cvk_store_set_setting (store, CVK_SETTING_REPORT_LEAD_MONTHS, "2", &error);
  g_assert_no_error (error);
  changed = cvk_store_dup_settings (store);
  g_assert_cmpint (changed->report_lead_months, ==, 2);

  /* A document's correction of a country's region reaches the table. */
  g_assert_cmpstr (cvk_countries_region (cvk_store_get_countries (store), "AL", CVK_REGION_SCHEME_ITU_ADMIN), ==, "C");
  g_object_set (override, "region", "B", NULL);
  cvk_store_insert (store, CVK_ENTITY (override), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cvk_countries_region (cvk_store_get_countries (store), "AL", CVK_REGION_SCHEME_ITU_ADMIN), ==, "B");
  cvk_store_undo (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cvk_countries_region (cvk_store_get_countries (store), "AL", CVK_REGION_SCHEME_ITU_ADMIN), ==, "C");
}

static void
test_next_id (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autofree char *first = NULL;
  g_autofree char *next = NULL;
  g_autoptr(CvkContact) c = NULL;

  g_assert_no_error (error);
  first = cvk_store_next_id (store, CVK_TYPE_CONTACT, "C");
  g_assert_cmpstr (first, ==, "C01");
  c = cvk_contact_new ("C09");
  cvk_store_insert (store, CVK_ENTITY (c), &error);
  g_assert_no_error (error);
  next = cvk_store_next_id (store, CVK_TYPE_CONTACT, "C");
  g_assert_cmpstr (next, ==, "C10");
}

/* Files that are not ours, damaged or newer are refused, byte for byte
 * untouched. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize len_before = 0, len_after = 0;
  g_autoptr(CvkStore) store = NULL;

  g_assert_true (g_file_get_contents (path, &before, &len_before, NULL));
  store = cvk_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, CVK_STORE_ERROR, code);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "doc.convoke"));
  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
}

static void
make_document (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (path, "blank", &error);

  g_assert_no_error (error);
  fill_every_kind (store);
  cvk_store_close (store);
}

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  sqlite3 *db = NULL;

  /* A text file. */
  g_assert_true (g_file_set_contents (f->path, "ID,Name\nTL01,Plan\n", -1, NULL));
  assert_refused (f->path, CVK_STORE_ERROR_NOT_A_DOCUMENT);

  /* An empty file. */
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  assert_refused (f->path, CVK_STORE_ERROR_NOT_A_DOCUMENT);

  /* Another program's SQLite database. */
  g_unlink (f->path);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f->path, CVK_STORE_ERROR_NOT_A_DOCUMENT);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3 *db = NULL;

  make_document (f->path);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 999;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f->path, CVK_STORE_ERROR_NEWER);
  /* A version beyond G_MAXINT32 (user_version is a 32-bit field) is newer
   * too, not a negative number below ours. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = -2;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f->path, CVK_STORE_ERROR_NEWER);
}

static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len;
  sqlite3 *db = NULL;

  make_document (f->path);
  /* Fold the WAL into the file, as a copy would have it. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  g_assert_true (g_file_set_contents (f->path, contents, len / 2, NULL));
  assert_refused (f->path, CVK_STORE_ERROR_CORRUPT);
}

static void
test_refuse_corrupt (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len;
  sqlite3 *db = NULL;

  make_document (f->path);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* Scribble over everything after the first page (the schema page stays
   * readable, the tables do not). */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  for (gsize i = 4096; i < len; i++)
    contents[i] = (char) (i * 7 + 3);
  g_assert_true (g_file_set_contents (f->path, contents, len, NULL));
  assert_refused (f->path, CVK_STORE_ERROR_CORRUPT);
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->path, "precious", -1, NULL));
  store = cvk_store_create (f->path, "iewsc", &error);
  g_assert_null (store);
  g_assert_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_EXISTS);
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "precious");
  g_clear_error (&error);

  store = cvk_store_create (f->path, "no-such-template", &error);
  g_assert_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOT_FOUND);
}

static void
test_save_as (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  g_autoptr(CvkStore) original = NULL;
  g_autoptr(CvkStore) copy = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.convoke", NULL);
  g_autofree char *before = NULL;
  g_autoptr(CvkMember) m = cvk_member_new ("AFTER");

  store = cvk_store_create (f->path, "blank", &error);
  g_assert_no_error (error);
  fill_every_kind (store);
  before = snapshot (store);

  cvk_store_save_as (store, copy_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cvk_store_get_path (store), ==, copy_path);
  g_assert_true (cvk_store_can_undo (store));

  /* Edits now go to the copy. */
  cvk_store_insert (store, CVK_ENTITY (m), &error);
  g_assert_no_error (error);
  cvk_store_close (store);

  original = cvk_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_null (cvk_store_lookup (original, CVK_TYPE_MEMBER, "AFTER"));
  {
    g_autofree char *s = snapshot (original);
    g_assert_cmpstr (s, ==, before);
  }

  copy = cvk_store_open (copy_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cvk_store_lookup (copy, CVK_TYPE_MEMBER, "AFTER"));
}

/* A failed edit inside a group fails alone: the group goes on, and its
 * owner commits the rest as one step. */
static void
test_failed_edit_in_group (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autoptr(CvkMember) a = cvk_member_new ("A1");
  g_autoptr(CvkMember) dup = cvk_member_new ("A1");
  g_autoptr(CvkMember) b = cvk_member_new ("B1");

  g_assert_no_error (error);
  g_assert_true (cvk_store_begin (store, "Group", &error));
  g_assert_true (cvk_store_insert (store, CVK_ENTITY (a), &error));
  g_assert_false (cvk_store_insert (store, CVK_ENTITY (dup), &error));
  g_assert_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (cvk_store_in_transaction (store));
  g_assert_true (cvk_store_insert (store, CVK_ENTITY (b), &error));
  g_assert_true (cvk_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (cvk_store_in_transaction (store));

  g_assert_nonnull (cvk_store_lookup (store, CVK_TYPE_MEMBER, "A1"));
  g_assert_nonnull (cvk_store_lookup (store, CVK_TYPE_MEMBER, "B1"));
  g_assert_cmpuint (g_list_model_get_n_items (cvk_store_get_model (store, CVK_TYPE_MEMBER)), ==, 2);

  /* One step. */
  g_assert_true (cvk_store_undo (store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (cvk_store_get_model (store, CVK_TYPE_MEMBER)), ==, 0);
}

/* Two contacts swap their IDs in one step, through a third: both are found
 * by their new IDs, and by their old ones again after undo. */
static void
test_swap_ids_in_group (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autoptr(CvkContact) a = cvk_contact_new ("A");
  g_autoptr(CvkContact) b = cvk_contact_new ("B");

  g_assert_no_error (error);
  g_assert_true (cvk_store_insert (store, CVK_ENTITY (a), &error));
  g_assert_true (cvk_store_insert (store, CVK_ENTITY (b), &error));

  g_assert_true (cvk_store_begin (store, "Swap", &error));
  g_assert_true (cvk_store_set (store, CVK_ENTITY (a), &error, "id", "TMP", NULL));
  g_assert_true (cvk_store_set (store, CVK_ENTITY (b), &error, "id", "A", NULL));
  g_assert_true (cvk_store_set (store, CVK_ENTITY (a), &error, "id", "B", NULL));
  g_assert_true (cvk_store_commit (store, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (cvk_entity_get_id (CVK_ENTITY (a)), ==, "B");
  g_assert_true (cvk_store_lookup (store, CVK_TYPE_CONTACT, "A") == (gpointer) b);
  g_assert_true (cvk_store_lookup (store, CVK_TYPE_CONTACT, "B") == (gpointer) a);
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_CONTACT, "TMP"));

  g_assert_true (cvk_store_undo (store, &error));
  g_assert_true (cvk_store_lookup (store, CVK_TYPE_CONTACT, "A") == (gpointer) a);
  g_assert_true (cvk_store_lookup (store, CVK_TYPE_CONTACT, "B") == (gpointer) b);
  g_assert_true (cvk_store_redo (store, &error));
  g_assert_true (cvk_store_lookup (store, CVK_TYPE_CONTACT, "A") == (gpointer) b);
  g_assert_true (cvk_store_lookup (store, CVK_TYPE_CONTACT, "B") == (gpointer) a);
}

/* SQLite gives the key of a deleted last row to the next insert: in one
 * step, the deleted object leaves the model and the new one arrives. */
static void
test_key_reused_in_group (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autoptr(CvkContact) first = cvk_contact_new ("C01");
  g_autoptr(CvkContact) last = cvk_contact_new ("C02");
  g_autoptr(CvkContact) next = cvk_contact_new ("C03");
  GListModel *contacts;
  gint64 last_pk;

  g_assert_no_error (error);
  contacts = cvk_store_get_model (store, CVK_TYPE_CONTACT);
  g_assert_true (cvk_store_insert (store, CVK_ENTITY (first), &error));
  g_assert_true (cvk_store_insert (store, CVK_ENTITY (last), &error));
  last_pk = cvk_entity_get_pk (CVK_ENTITY (last));

  g_assert_true (cvk_store_begin (store, "Replace", &error));
  g_assert_true (cvk_store_delete (store, CVK_ENTITY (last), &error));
  g_assert_true (cvk_store_insert (store, CVK_ENTITY (next), &error));
  g_assert_cmpint (cvk_entity_get_pk (CVK_ENTITY (next)), ==, last_pk);
  g_assert_true (cvk_store_commit (store, &error));

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_CONTACT, "C02"));
  g_assert_true (cvk_store_lookup (store, CVK_TYPE_CONTACT, "C03") == (gpointer) next);

  g_assert_true (cvk_store_undo (store, &error));
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_CONTACT, "C03"));
  g_assert_nonnull (cvk_store_lookup (store, CVK_TYPE_CONTACT, "C02"));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
}

static void
test_save_as_itself (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (f->path, "iewsc", &error);

  g_assert_no_error (error);
  g_assert_false (cvk_store_save_as (store, f->path, &error));
  g_assert_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_EXISTS);
  g_assert_cmpstr (cvk_store_get_path (store), ==, f->path);
  g_assert_nonnull (cvk_store_lookup (store, CVK_TYPE_ITEM, "TL01"));
}

/* What the store reads a row into, from an entity. */
static void
entity_to_data (CvkEntity    *e,
                CvkFieldData *data)
{
  guint n_fields;
  const CvkField *fields = cvk_entity_class_get_fields (CVK_ENTITY_GET_CLASS (e), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      memset (&data[i], 0, sizeof data[i]);
      g_date_clear (&data[i].date, 1);
      switch (fields[i].type)
        {
        case CVK_FIELD_STRING:
        case CVK_FIELD_REF:
          data[i].text = cvk_entity_get_string (e, i);
          data[i].length = strlen (data[i].text);
          break;
        case CVK_FIELD_INT:
          data[i].number = cvk_entity_get_int (e, i);
          break;
        case CVK_FIELD_DOUBLE:
          data[i].real = cvk_entity_get_double (e, i);
          break;
        case CVK_FIELD_BOOL:
          data[i].number = cvk_entity_get_bool (e, i);
          break;
        case CVK_FIELD_ENUM:
          data[i].number = cvk_entity_get_enum (e, i);
          break;
        case CVK_FIELD_DATE:
          if (cvk_entity_get_date (e, i))
            data[i].date = *cvk_entity_get_date (e, i);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* cvk_entity_new_from_data () makes the entity the setters would, and what
 * it makes behaves as any other: properties, copies, changes. */
static void
test_entity_from_data (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GType *types;
  guint n_types;

  types = cvk_entity_types (&n_types);
  for (guint u = 0; u < n_types; u++)
    for (guint v = 0; v < 2; v++)
      {
        g_autoptr(CvkEntity) tmp = cvk_entity_new (types[u], NULL);
        g_hash_table_add (ids, g_strdup_printf ("%s-%u", cvk_entity_get_kind (tmp), v));
      }

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(CvkEntity) expected = make_full_entity (types[t], 1, ids);
      g_autoptr(CvkEntity) blank = cvk_entity_new (types[t], NULL);
      g_autoptr(CvkEntity) loaded = NULL;
      g_autoptr(CvkEntity) loaded_blank = NULL;
      g_autoptr(CvkEntity) copy = NULL;
      CvkEntityClass *klass = CVK_ENTITY_GET_CLASS (expected);
      guint n_fields;
      const CvkField *fields = cvk_entity_class_get_fields (klass, &n_fields);
      g_autofree CvkFieldData *data = g_new0 (CvkFieldData, n_fields);
      GDate date;

      entity_to_data (expected, data);
      loaded = cvk_entity_new_from_data (types[t], 42, data);
      g_assert_true (G_OBJECT_TYPE (loaded) == types[t]);
      g_assert_cmpint (cvk_entity_get_pk (loaded), ==, 42);
      g_assert_true (cvk_entity_equal (loaded, expected));

      /* Nothing of @data is kept. */
      memset (data, 0, n_fields * sizeof *data);
      g_assert_true (cvk_entity_equal (loaded, expected));

      /* Through the properties too. */
      for (guint i = 0; i < n_fields; i++)
        {
          g_auto(GValue) a = G_VALUE_INIT;
          g_auto(GValue) b = G_VALUE_INIT;

          g_object_get_property (G_OBJECT (loaded), fields[i].name, &a);
          g_object_get_property (G_OBJECT (expected), fields[i].name, &b);
          if (fields[i].type == CVK_FIELD_DATE)
            g_assert_cmpint (g_date_compare (g_value_get_boxed (&a), g_value_get_boxed (&b)), ==, 0);
          else
            g_assert_cmpint (g_param_values_cmp (klass->pspecs[i], &a, &b), ==, 0);
        }

      copy = cvk_entity_copy (loaded);
      g_assert_true (cvk_entity_equal (copy, expected));
      g_assert_cmpint (cvk_entity_get_pk (copy), ==, 42);

      /* Nothing given (no texts, no dates, zeros, and the defaults of the
       * enums) is a new entity's defaults. */
      entity_to_data (blank, data);
      for (guint i = 0; i < n_fields; i++)
        if (fields[i].type == CVK_FIELD_STRING || fields[i].type == CVK_FIELD_REF)
          data[i].text = NULL;
      loaded_blank = cvk_entity_new_from_data (types[t], 1, data);
      g_assert_true (cvk_entity_equal (loaded_blank, blank));

      /* A loaded entity changes as any other, with a notification per
       * change, its old texts and dates still readable in the copy. */
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, 2030);
      n_notifies = 0;
      g_signal_connect (loaded, "notify", G_CALLBACK (on_notify), NULL);
      for (guint i = 0; i < n_fields; i++)
        switch (fields[i].type)
          {
          case CVK_FIELD_STRING:
          case CVK_FIELD_REF:
            cvk_entity_set_string (loaded, i, "changed");
            g_assert_cmpstr (cvk_entity_get_string (loaded, i), ==, "changed");
            g_assert_cmpstr (cvk_entity_get_string (copy, i), ==, cvk_entity_get_string (expected, i));
            break;
          case CVK_FIELD_DATE:
            cvk_entity_set_date (loaded, i, &date);
            g_assert_cmpint (g_date_compare (cvk_entity_get_date (loaded, i), &date), ==, 0);
            cvk_entity_set_date (loaded, i, NULL);
            g_assert_null (cvk_entity_get_date (loaded, i));
            n_notifies--;
            break;
          case CVK_FIELD_INT:
            cvk_entity_set_int (loaded, i, -1);
            break;
          case CVK_FIELD_DOUBLE:
            cvk_entity_set_double (loaded, i, -1);
            break;
          case CVK_FIELD_BOOL:
            cvk_entity_set_bool (loaded, i, FALSE);
            break;
          case CVK_FIELD_ENUM:
            cvk_entity_set_enum (loaded, i, cvk_entity_get_enum (blank, i));
            break;
          default:
            g_assert_not_reached ();
          }
      g_assert_cmpuint (n_notifies, ==, n_fields);
      g_assert_true (cvk_entity_equal (copy, expected));
    }

  /* As a setter, an invalid date is no date and -0 is the 0 there is. */
  {
    g_autoptr(CvkEntity) alloc = cvk_entity_new (CVK_TYPE_STAFF_ALLOCATION, "S1");
    g_autoptr(CvkEntity) loaded = NULL;
    g_autoptr(CvkEntity) member = NULL;
    CvkFieldData data[CVK_STAFF_ALLOCATION_N_FIELDS] = { { 0 } };
    CvkFieldData mdata[CVK_MEMBER_N_FIELDS] = { { 0 } };

    entity_to_data (alloc, data);
    data[CVK_STAFF_ALLOCATION_PLANNED_DAYS].real = -0.0;
    loaded = cvk_entity_new_from_data (CVK_TYPE_STAFF_ALLOCATION, 1, data);
    g_assert_false (signbit (cvk_entity_get_double (loaded, CVK_STAFF_ALLOCATION_PLANNED_DAYS)));
    g_assert_true (cvk_entity_equal (loaded, alloc));

    member = cvk_entity_new (CVK_TYPE_MEMBER, "M1");
    entity_to_data (member, mdata);
    g_date_clear (&mdata[CVK_MEMBER_TERM_START].date, 1);
    g_date_set_day (&mdata[CVK_MEMBER_TERM_START].date, 31);  /* a day alone is no date */
    g_clear_object (&loaded);
    loaded = cvk_entity_new_from_data (CVK_TYPE_MEMBER, 1, mdata);
    g_assert_null (cvk_entity_get_date (loaded, CVK_MEMBER_TERM_START));
  }
}

typedef struct
{
  GString *log;
} ModelLog;

static void
log_items_changed (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   gpointer    user_data)
{
  ModelLog *log = user_data;
  g_string_append_printf (log->log, "changed %u %u %u (%u);", position, removed, added,
                          g_list_model_get_n_items (model));
}

static void
log_n_items (GObject    *object,
             GParamSpec *pspec,
             gpointer    user_data)
{
  ModelLog *log = user_data;
  guint n;

  g_object_get (object, "n-items", &n, NULL);
  g_string_append_printf (log->log, "n-items %u;", n);
}

/* The models tell of changes as a GListStore does, and keep pk order. */
static void
test_model_signals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autoptr(GListStore) mirror = g_list_store_new (CVK_TYPE_CONTACT);
  ModelLog ours = { g_string_new (NULL) };
  ModelLog theirs = { g_string_new (NULL) };
  GListModel *contacts;
  CvkEntity *c[3];
  GType item_type = G_TYPE_INVALID;

  g_assert_no_error (error);
  contacts = cvk_store_get_model (store, CVK_TYPE_CONTACT);
  g_assert_true (g_list_model_get_item_type (contacts) == CVK_TYPE_CONTACT);
  g_object_get (contacts, "item-type", &item_type, NULL);
  g_assert_true (item_type == CVK_TYPE_CONTACT);
  g_signal_connect (contacts, "items-changed", G_CALLBACK (log_items_changed), &ours);
  g_signal_connect (contacts, "notify::n-items", G_CALLBACK (log_n_items), &ours);
  g_signal_connect (mirror, "items-changed", G_CALLBACK (log_items_changed), &theirs);
  g_signal_connect (mirror, "notify::n-items", G_CALLBACK (log_n_items), &theirs);

  for (guint i = 0; i < G_N_ELEMENTS (c); i++)
    {
      g_autofree char *id = g_strdup_printf ("C%u", i);

      c[i] = CVK_ENTITY (cvk_contact_new (id));
      g_assert_true (cvk_store_insert (store, c[i], &error));
      g_assert_no_error (error);
      g_list_store_append (mirror, c[i]);
    }

  /* Out of the middle, and back in its place on undo. */
  g_assert_true (cvk_store_delete (store, c[1], &error));
  g_list_store_remove (mirror, 1);
  g_assert_true (cvk_store_undo (store, &error));
  g_list_store_insert (mirror, 1, cvk_store_lookup (store, CVK_TYPE_CONTACT, "C1"));
  g_assert_no_error (error);
  g_assert_cmpstr (ours.log->str, ==, theirs.log->str);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 3);
  g_assert_null (g_list_model_get_item (contacts, 3));
  for (guint i = 1; i < 3; i++)
    {
      g_autoptr(CvkEntity) a = g_list_model_get_item (contacts, i - 1);
      g_autoptr(CvkEntity) b = g_list_model_get_item (contacts, i);
      g_assert_cmpint (cvk_entity_get_pk (a), <, cvk_entity_get_pk (b));
    }

  g_signal_handlers_disconnect_by_data (contacts, &ours);
  g_string_free (ours.log, TRUE);
  g_string_free (theirs.log, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (c); i++)
    g_object_unref (c[i]);
}

/* A document of many rows, some deleted, reopened: the models in pk order,
 * every ID found, edits by pk and by ID, and renames undone and redone. */
static void
test_reopen_many (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (f->path, "blank", &error);
  g_autoptr(CvkStore) reopened = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GListModel *items;
  const guint n = 300;

  g_assert_no_error (error);
  g_assert_true (cvk_store_begin (store, "Many", &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("I%03u", i);
      g_autoptr(CvkItem) item = cvk_item_new (id);

      g_object_set (item, "name", i % 3 ? "a name" : "", "progress", (gint64) (i % 101),
                    "kind", (CvkItemKind) (i % 6), "parent", i > 0 && i % 5 ? "I000" : "", NULL);
      if (i % 4)
        {
          GDate start;
          g_date_clear (&start, 1);
          g_date_set_dmy (&start, 1 + i % 28, 1 + i % 12, 2026);
          cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_START, &start);
        }
      g_assert_true (cvk_store_insert (store, CVK_ENTITY (item), &error));
    }
  g_assert_true (cvk_store_commit (store, &error));
  for (guint i = 7; i < n; i += 7)
    {
      g_autofree char *id = g_strdup_printf ("I%03u", i);
      g_assert_true (cvk_store_delete (store, cvk_store_lookup (store, CVK_TYPE_ITEM, id), &error));
    }
  g_assert_no_error (error);
  before = snapshot (store);
  cvk_store_close (store);

  reopened = cvk_store_open (f->path, &error);
  g_assert_no_error (error);
  after = snapshot (reopened);
  g_assert_cmpstr (before, ==, after);

  items = cvk_store_get_model (reopened, CVK_TYPE_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n - (n - 1) / 7);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CvkEntity) e = g_list_model_get_item (items, i);

      g_assert_true (cvk_store_lookup (reopened, CVK_TYPE_ITEM, cvk_entity_get_id (e)) == (gpointer) e);
      if (i > 0)
        {
          g_autoptr(CvkEntity) prev = g_list_model_get_item (items, i - 1);
          g_assert_cmpint (cvk_entity_get_pk (prev), <, cvk_entity_get_pk (e));
        }
    }
  g_assert_null (cvk_store_lookup (reopened, CVK_TYPE_ITEM, "I007"));

  /* An update found by pk, then one found by ID (pk 0). */
  {
    CvkEntity *current = cvk_store_lookup (reopened, CVK_TYPE_ITEM, "I010");
    g_autoptr(CvkEntity) by_pk = cvk_entity_copy (current);
    g_autoptr(CvkEntity) by_id = cvk_entity_copy (current);

    cvk_entity_set_string (by_pk, CVK_ITEM_NAME, "by pk");
    g_assert_true (cvk_store_update (reopened, by_pk, &error));
    g_assert_cmpstr (cvk_item_get_name (CVK_ITEM (current)), ==, "by pk");
    cvk_entity_set_pk (by_id, 0);
    cvk_entity_set_string (by_id, CVK_ITEM_NAME, "by id");
    g_assert_true (cvk_store_update (reopened, by_id, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cvk_item_get_name (CVK_ITEM (current)), ==, "by id");
  }

  /* A rename, undone and redone: the object is found by its ID each time,
   * and not by the other. */
  {
    CvkEntity *item = cvk_store_lookup (reopened, CVK_TYPE_ITEM, "I000");

    g_assert_true (cvk_store_set (reopened, item, &error, "id", "ROOT", NULL));
    for (guint round = 0; round < 3; round++)
      {
        g_assert_true (cvk_store_lookup (reopened, CVK_TYPE_ITEM, "ROOT") == (gpointer) item);
        g_assert_null (cvk_store_lookup (reopened, CVK_TYPE_ITEM, "I000"));
        g_assert_true (cvk_store_undo (reopened, &error));
        g_assert_true (cvk_store_lookup (reopened, CVK_TYPE_ITEM, "I000") == (gpointer) item);
        g_assert_null (cvk_store_lookup (reopened, CVK_TYPE_ITEM, "ROOT"));
        g_assert_true (cvk_store_redo (reopened, &error));
      }
    g_assert_no_error (error);
    g_assert_cmpstr (cvk_item_get_parent (cvk_store_lookup (reopened, CVK_TYPE_ITEM, "I001")), ==, "ROOT");
  }

  {
    g_autofree char *next = cvk_store_next_id (reopened, CVK_TYPE_ITEM, "I");
    g_assert_cmpstr (next, ==, "I300");
  }
}

/* What is made ahead of time holds until the models change. */
static void
count_destroyed (gpointer data)
{
  (*(guint *) data)++;
}

static void
test_keep_ahead (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autoptr(CvkItem) item = cvk_item_new ("A1");
  guint destroyed = 0;

  g_assert_no_error (error);
  g_assert_null (cvk_store_take_ahead (store, "thing"));

  /* Taken once, as it was kept. */
  cvk_store_keep_ahead (store, "thing", &destroyed, count_destroyed);
  g_assert_true (cvk_store_peek_ahead (store, "thing") == &destroyed);
  g_assert_null (cvk_store_peek_ahead (store, "other"));
  g_assert_true (cvk_store_take_ahead (store, "thing") == &destroyed);
  g_assert_null (cvk_store_take_ahead (store, "thing"));
  g_assert_cmpuint (destroyed, ==, 0);

  /* Made before a change: let go at the change. */
  cvk_store_keep_ahead (store, "thing", &destroyed, count_destroyed);
  g_assert_true (cvk_store_insert (store, CVK_ENTITY (item), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (destroyed, ==, 1);
  g_assert_null (cvk_store_peek_ahead (store, "thing"));
  g_assert_null (cvk_store_take_ahead (store, "thing"));

  /* Kept and never taken: let go with the store. */
  cvk_store_keep_ahead (store, "thing", &destroyed, count_destroyed);
  g_clear_object (&store);
  g_assert_cmpuint (destroyed, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cvk/store/migrate-from-nothing", Fixture, NULL, fixture_setup, test_migrate_from_nothing, fixture_teardown);
  g_test_add ("/cvk/store/round-trip", Fixture, NULL, fixture_setup, test_round_trip, fixture_teardown);
  g_test_add_func ("/cvk/store/keep-ahead", test_keep_ahead);
  g_test_add_func ("/cvk/store/models-follow-edits", test_models_follow_edits);
  g_test_add_func ("/cvk/store/undo-each-edit", test_undo_each_edit);
  g_test_add_func ("/cvk/store/settings", test_settings);
  g_test_add_func ("/cvk/store/next-id", test_next_id);
  g_test_add ("/cvk/store/refuse/foreign", Fixture, NULL, fixture_setup, test_refuse_foreign, fixture_teardown);
  g_test_add ("/cvk/store/refuse/newer", Fixture, NULL, fixture_setup, test_refuse_newer, fixture_teardown);
  g_test_add ("/cvk/store/refuse/truncated", Fixture, NULL, fixture_setup, test_refuse_truncated, fixture_teardown);
  g_test_add ("/cvk/store/refuse/corrupt", Fixture, NULL, fixture_setup, test_refuse_corrupt, fixture_teardown);
  g_test_add ("/cvk/store/create-refuses-existing", Fixture, NULL, fixture_setup, test_create_refuses_existing, fixture_teardown);
  g_test_add ("/cvk/store/save-as", Fixture, NULL, fixture_setup, test_save_as, fixture_teardown);
  g_test_add ("/cvk/store/save-as-itself", Fixture, NULL, fixture_setup, test_save_as_itself, fixture_teardown);
  g_test_add_func ("/cvk/store/failed-edit-in-group", test_failed_edit_in_group);
  g_test_add_func ("/cvk/store/key-reused-in-group", test_key_reused_in_group);
  g_test_add_func ("/cvk/store/swap-ids-in-group", test_swap_ids_in_group);
  g_test_add_func ("/cvk/store/entity-from-data", test_entity_from_data);
  g_test_add_func ("/cvk/store/model-signals", test_model_signals);
  g_test_add ("/cvk/store/reopen-many", Fixture, NULL, fixture_setup, test_reopen_many, fixture_teardown);

  return g_test_run ();
}
