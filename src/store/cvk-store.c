/* cvk-store.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How it works
 *
 * - One table per kind of entity; its columns are the entity's fields (see
 *   migrations/0001-initial.sql).  The statements of each kind are built
 *   once from the entity's field table (names from our own code, values
 *   always bound) and cached.
 * - sqlite3_update_hook() reports each changed row (table, rowid) during a
 *   transaction; once the transaction commits, exactly those rows are read
 *   again and their objects updated in place, inserted or removed.  Edits,
 *   undo, redo and imports all take this one path.
 * - Each kind's model keeps its entities in pk order in an array (a
 *   GListModel of our own, see "The models"): opening a document hands it
 *   its rows at once, and a pk is found by bisection.
 * - Undo uses SQLite's "undo/redo using triggers": temporary triggers write
 *   the statement that reverses each row change into a temporary table;
 *   undoing a step runs its statements backwards in one transaction, whose
 *   own reversing statements become the redo step.
 */

#define G_LOG_DOMAIN "cvk-store"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cvk-store.h"
#include "cvk-store-private.h"

#define STORE_RESOURCES "/io/github/convoke/Convoke/store"

/* A kind's model: its entities in pk order (see "The models" below). */
#define CVK_TYPE_STORE_MODEL (cvk_store_model_get_type ())
G_DECLARE_FINAL_TYPE (CvkStoreModel, cvk_store_model, CVK, STORE_MODEL, GObject)

typedef struct
{
  GType           type;
  CvkEntityClass *klass;
  const CvkField *fields;
  guint           n_fields;
  char           *table;
  CvkStoreModel  *model;      /* also finds an entity by pk */
  GHashTable     *by_id;      /* id -> CvkEntity (borrowed) */
  GStringChunk   *ids;        /* the keys of by_id (see kind_add_id ()) */
  sqlite3_stmt   *select_all;
  sqlite3_stmt   *select_one;
  sqlite3_stmt   *insert;
  sqlite3_stmt   *update;
  sqlite3_stmt   *delete;
  CvkFieldData   *row;        /* read_row ()'s, one per field */
} Kind;

typedef struct
{
  gint64  first;
  gint64  last;
  char   *label;
} Step;

typedef struct
{
  Kind   *kind;
  gint64  rowid;
  int     op;      /* SQLITE_INSERT, SQLITE_UPDATE or SQLITE_DELETE */
} Change;

struct _CvkStore
{
  GObject        parent_instance;

  sqlite3       *db;
  char          *path;

  Kind          *kinds;
  guint          n_kinds;
  GHashTable    *kind_by_type;   /* GType -> Kind* */
  GHashTable    *kind_by_table;  /* table -> Kind* */

  GArray        *changes;        /* Change, collected by the update hook */
  GHashTable    *adopted;        /* gint64* pk -> CvkEntity: inserted objects */

  guint          depth;
  char          *label;
  gint64         step_start;

  GArray        *undo;           /* Step */
  GArray        *redo;           /* Step */

  CvkCountries  *countries;
  GHashTable    *ahead;          /* name -> Ahead: made from the models as they are */
};

G_DEFINE_FINAL_TYPE (CvkStore, cvk_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (cvk-store-error-quark, cvk_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* The models                                                               */

/* What a GListStore kept in pk order would be, the same to its users (the
 * GListModel, the "item-type" and "n-items" properties, the same
 * "items-changed" signals), made of what the store needs: a document's rows
 * are one array that comes whole from load_all (), rather than a node each
 * in a balanced tree, and a pk is found by bisection of the array rather
 * than through a table of its own. */
struct _CvkStoreModel
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;      /* CvkEntity, owned, by increasing pk */
};

enum {
  MODEL_PROP_0,
  MODEL_PROP_ITEM_TYPE,
  MODEL_PROP_N_ITEMS,
  MODEL_N_PROPS
};

static GParamSpec *model_properties[MODEL_N_PROPS];

static GType
cvk_store_model_get_item_type (GListModel *list)
{
  return CVK_STORE_MODEL (list)->item_type;
}

static guint
cvk_store_model_get_n_items (GListModel *list)
{
  return CVK_STORE_MODEL (list)->items->len;
}

static gpointer
cvk_store_model_get_item (GListModel *list,
                          guint       position)
{
  CvkStoreModel *self = CVK_STORE_MODEL (list);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
cvk_store_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cvk_store_model_get_item_type;
  iface->get_n_items = cvk_store_model_get_n_items;
  iface->get_item = cvk_store_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (CvkStoreModel, cvk_store_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cvk_store_model_list_model_init))

static void
cvk_store_model_finalize (GObject *object)
{
  CvkStoreModel *self = CVK_STORE_MODEL (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (cvk_store_model_parent_class)->finalize (object);
}

static void
cvk_store_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CvkStoreModel *self = CVK_STORE_MODEL (object);

  switch (prop_id)
    {
    case MODEL_PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;
    case MODEL_PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cvk_store_model_class_init (CvkStoreModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cvk_store_model_finalize;
  object_class->get_property = cvk_store_model_get_property;

  model_properties[MODEL_PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, CVK_TYPE_ENTITY,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  model_properties[MODEL_PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, MODEL_N_PROPS, model_properties);
}

static void
cvk_store_model_init (CvkStoreModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static CvkStoreModel *
cvk_store_model_new (GType item_type)
{
  CvkStoreModel *self = g_object_new (CVK_TYPE_STORE_MODEL, NULL);

  self->item_type = item_type;
  return self;
}

/* As GListStore tells of a change: the signal, then "n-items" if it
 * changed. */
static void
cvk_store_model_items_changed (CvkStoreModel *self,
                               guint          position,
                               guint          removed,
                               guint          added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), model_properties[MODEL_PROP_N_ITEMS]);
}

/* The entity of @pk, by bisection; with @position, where it is or where
 * it would go. */
static CvkEntity *
cvk_store_model_find (CvkStoreModel *self,
                      gint64         pk,
                      guint         *position)
{
  guint lo = 0;
  guint hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      CvkEntity *e = g_ptr_array_index (self->items, mid);
      gint64 epk = cvk_entity_get_pk (e);

      if (epk == pk)
        {
          lo = mid;
          if (position)
            *position = lo;
          return e;
        }
      if (epk < pk)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (position)
    *position = lo;
  return NULL;
}

/* Every entity at once, in place of those there were (released before the
 * signal, as by g_list_store_splice ()): @rows, in pk order, with their
 * references. */
static void
cvk_store_model_take_all (CvkStoreModel *self,
                          GPtrArray     *rows)
{
  guint removed = self->items->len;

  g_ptr_array_unref (self->items);
  self->items = rows;
  g_ptr_array_set_free_func (self->items, g_object_unref);
  cvk_store_model_items_changed (self, 0, removed, rows->len);
}

static void
cvk_store_model_insert_sorted (CvkStoreModel *self,
                               CvkEntity     *entity)
{
  guint position;

  cvk_store_model_find (self, cvk_entity_get_pk (entity), &position);
  g_ptr_array_insert (self->items, position, g_object_ref (entity));
  cvk_store_model_items_changed (self, position, 0, 1);
}

/* As g_list_store_remove (), the model's reference goes before the
 * signal. */
static void
cvk_store_model_remove (CvkStoreModel *self,
                        guint          position)
{
  g_ptr_array_remove_index (self->items, position);
  cvk_store_model_items_changed (self, position, 1, 0);
}

/* ------------------------------------------------------------------------ */
/* Errors                                                                   */

static gboolean
set_sqlite_error (CvkStore    *self,
                  GError     **error,
                  int          rc,
                  const char  *doing)
{
  const char *msg = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int primary = rc & 0xff;

  switch (primary)
    {
    case SQLITE_CONSTRAINT:
      {
        int ext = self->db ? sqlite3_extended_errcode (self->db) : rc;
        if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
          g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CONSTRAINT,
                       _("This ID or combination is already used (%s)"), msg);
        else if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
          g_set_error_literal (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CONSTRAINT,
                               _("This refers to something that does not exist"));
        else
          g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CONSTRAINT,
                       _("A value is not allowed (%s)"), msg);
      }
      break;

    case SQLITE_FULL:
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_IO,
                   /* Translators: %s says what was being done, e.g. "adding" */
                   _("The disk is full (while %s): nothing was changed"), doing);
      break;

    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_IO,
                   _("Could not write the document while %s: %s"), doing, msg);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CORRUPT,
                   _("The document is damaged: %s"), msg);
      break;

    case SQLITE_NOTADB:
      g_set_error_literal (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOT_A_DOCUMENT,
                           _("This is not a Convoke document"));
      break;

    default:
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_FAILED,
                   "%s: %s", doing, msg);
      break;
    }

  return FALSE;
}

static gboolean
exec_sql (CvkStore    *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      /* The statement is for developers, not for the message. */
      g_debug ("%s: %s", sql, sqlite3_errmsg (self->db));
      return set_sqlite_error (self, error, rc, _("updating the document"));
    }
  return TRUE;
}

static gint64
query_int (CvkStore   *self,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* ------------------------------------------------------------------------ */
/* Kinds: tables, statements, rows                                          */

static char *
column_name (const CvkField *field)
{
  return g_strdelimit (g_strdup (field->name), "-", '_');
}

static gboolean
prepare (CvkStore      *self,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (self, error, rc, sql);
  return TRUE;
}

static gboolean
kind_prepare (CvkStore  *self,
              Kind      *kind,
              GError   **error)
{
  const CvkField *fields;
  guint n_fields;
  g_autoptr(GString) cols = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(GString) sets = g_string_new (NULL);
  g_autofree char *sql_all = NULL;
  g_autofree char *sql_one = NULL;
  g_autofree char *sql_insert = NULL;
  g_autofree char *sql_update = NULL;
  g_autofree char *sql_delete = NULL;

  fields = cvk_entity_class_get_fields (kind->klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *col = column_name (&fields[i]);
      g_string_append_printf (cols, "%s\"%s\"", i ? ", " : "", col);
      g_string_append_printf (marks, "%s?", i ? ", " : "");
      g_string_append_printf (sets, "%s\"%s\" = ?", i ? ", " : "", col);
    }

  sql_all = g_strdup_printf ("SELECT pk, %s FROM \"%s\" ORDER BY pk", cols->str, kind->table);
  sql_one = g_strdup_printf ("SELECT pk, %s FROM \"%s\" WHERE pk = ?", cols->str, kind->table);
  sql_insert = g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s)", kind->table, cols->str, marks->str);
  sql_update = g_strdup_printf ("UPDATE \"%s\" SET %s WHERE pk = ?", kind->table, sets->str);
  sql_delete = g_strdup_printf ("DELETE FROM \"%s\" WHERE pk = ?", kind->table);

  return prepare (self, sql_all, &kind->select_all, error) &&
         prepare (self, sql_one, &kind->select_one, error) &&
         prepare (self, sql_insert, &kind->insert, error) &&
         prepare (self, sql_update, &kind->update, error) &&
         prepare (self, sql_delete, &kind->delete, error);
}

static void
kind_finalize_statements (Kind *kind)
{
  g_clear_pointer (&kind->select_all, sqlite3_finalize);
  g_clear_pointer (&kind->select_one, sqlite3_finalize);
  g_clear_pointer (&kind->insert, sqlite3_finalize);
  g_clear_pointer (&kind->update, sqlite3_finalize);
  g_clear_pointer (&kind->delete, sqlite3_finalize);
}

/* The undo triggers of one table.  The statements they log are made by
 * SQLite's quote() from the old row: no value passes through our strings. */
static char *
kind_undo_triggers_sql (Kind *kind)
{
  const CvkField *fields;
  guint n_fields;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) cols = g_string_new ("pk");
  g_autoptr(GString) vals = g_string_new ("old.pk");
  g_autoptr(GString) sets = g_string_new (NULL);

  fields = cvk_entity_class_get_fields (kind->klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *col = column_name (&fields[i]);
      g_string_append_printf (cols, ",\"%s\"", col);
      g_string_append_printf (vals, "||','||quote(old.\"%s\")", col);
      g_string_append_printf (sets, "%s\"%s\"='||quote(old.\"%s\")||'",
                              i ? "," : "", col, col);
    }

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER \"%s_undo_insert\" AFTER INSERT ON main.\"%s\" BEGIN "
                          "INSERT INTO undolog (sql) VALUES ('DELETE FROM \"%s\" WHERE pk='||new.pk); END;\n",
                          kind->table, kind->table, kind->table);
  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER \"%s_undo_update\" AFTER UPDATE ON main.\"%s\" BEGIN "
                          "INSERT INTO undolog (sql) VALUES ('UPDATE \"%s\" SET %s WHERE pk='||old.pk); END;\n",
                          kind->table, kind->table, kind->table, sets->str);
  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER \"%s_undo_delete\" BEFORE DELETE ON main.\"%s\" BEGIN "
                          "INSERT INTO undolog (sql) VALUES ('INSERT INTO \"%s\" (%s) VALUES ('||%s||')'); END;\n",
                          kind->table, kind->table, kind->table, cols->str, vals->str);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* The store writes enums by their exact nick (bind_entity): look that up
 * first, then the lenient cvk_enum_from_nick () for anything else. */
static gboolean
read_enum (GEnumClass *klass,
           const char *text,
           int        *value)
{
  GEnumValue *v = g_enum_get_value_by_nick (klass, text);

  if (v != NULL)
    {
      *value = v->value;
      return TRUE;
    }
  return cvk_enum_from_nick (G_TYPE_FROM_CLASS (klass), text, value);
}

/* As cvk_date_parse_iso (), which it leaves the unusual texts to, without
 * sscanf () for the usual YYYY-MM-DD. */
static gboolean
read_date (const char *text,
           GDate      *date)
{
  guint y = 0, m, d;

  if (text != NULL &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
      g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]) && text[4] == '-' &&
      g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]) && text[7] == '-' &&
      g_ascii_isdigit (text[8]) && g_ascii_isdigit (text[9]) && text[10] == '\0')
    {
      for (guint i = 0; i < 4; i++)
        y = y * 10 + (guint) (text[i] - '0');
      m = (guint) (text[5] - '0') * 10 + (guint) (text[6] - '0');
      d = (guint) (text[8] - '0') * 10 + (guint) (text[9] - '0');
      if (y < 1 || !g_date_valid_dmy (d, m, y))
        return FALSE;
      g_date_clear (date, 1);
      g_date_set_dmy (date, d, m, y);
      return TRUE;
    }
  return cvk_date_parse_iso (text, date);
}

/* The row @stmt is on as a new entity.  Each column is read by the function
 * of its field's type: sqlite3_column_text () of a number would make a text
 * of it first.  The texts are SQLite's own until the next step; the entity
 * takes copies. */
static CvkEntity *
read_row (Kind         *kind,
          sqlite3_stmt *stmt)
{
  const CvkField *fields = kind->fields;
  CvkFieldData *row = kind->row;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      int col = i + 1;
      const char *text;

      switch (fields[i].type)
        {
        case CVK_FIELD_STRING:
        case CVK_FIELD_REF:
          /* Up to a nul, if a text holds one, as a C string reads it. */
          row[i].text = (const char *) sqlite3_column_text (stmt, col);
          row[i].length = row[i].text ? strlen (row[i].text) : 0;
          break;

        case CVK_FIELD_INT:
          row[i].number = sqlite3_column_int64 (stmt, col);
          break;

        case CVK_FIELD_DOUBLE:
          row[i].real = sqlite3_column_double (stmt, col);
          break;

        case CVK_FIELD_BOOL:
          row[i].number = sqlite3_column_int (stmt, col) != 0;
          break;

        case CVK_FIELD_ENUM:
          {
            GParamSpecEnum *spec = G_PARAM_SPEC_ENUM (cvk_entity_class_get_pspec (kind->klass, i));
            int value;

            text = (const char *) sqlite3_column_text (stmt, col);
            if (text && read_enum (spec->enum_class, text, &value))
              row[i].number = value;
            else
              {
                /* fields[0] is the id, already read. */
                g_warning ("%s %s: unknown %s “%s”", kind->table,
                           row[0].text ? row[0].text : "", fields[i].name, text ? text : "");
                row[i].number = spec->default_value;
              }
          }
          break;

        case CVK_FIELD_DATE:
          text = (const char *) sqlite3_column_text (stmt, col);
          if (!text || !read_date (text, &row[i].date))
            g_date_clear (&row[i].date, 1);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return cvk_entity_new_from_data (kind->type, sqlite3_column_int64 (stmt, 0), row);
}

static void
bind_entity (Kind         *kind,
             sqlite3_stmt *stmt,
             CvkEntity    *entity)
{
  const CvkField *fields;
  guint n_fields;

  fields = cvk_entity_class_get_fields (kind->klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      int param = i + 1;

      switch (fields[i].type)
        {
        case CVK_FIELD_STRING:
          sqlite3_bind_text (stmt, param, cvk_entity_get_string (entity, i), -1, SQLITE_TRANSIENT);
          break;

        case CVK_FIELD_REF:
          {
            const char *ref = cvk_entity_get_string (entity, i);
            if (*ref)
              sqlite3_bind_text (stmt, param, ref, -1, SQLITE_TRANSIENT);
            else
              sqlite3_bind_null (stmt, param);
          }
          break;

        case CVK_FIELD_INT:
          sqlite3_bind_int64 (stmt, param, cvk_entity_get_int (entity, i));
          break;

        case CVK_FIELD_DOUBLE:
          sqlite3_bind_double (stmt, param, cvk_entity_get_double (entity, i));
          break;

        case CVK_FIELD_BOOL:
          sqlite3_bind_int (stmt, param, cvk_entity_get_bool (entity, i) ? 1 : 0);
          break;

        case CVK_FIELD_ENUM:
          sqlite3_bind_text (stmt, param,
                             cvk_enum_to_nick (fields[i].enum_type (), cvk_entity_get_enum (entity, i)),
                             -1, SQLITE_STATIC);
          break;

        case CVK_FIELD_DATE:
          {
            const GDate *date = cvk_entity_get_date (entity, i);
            if (date)
              sqlite3_bind_text (stmt, param, cvk_date_to_iso (date), -1, g_free);
            else
              sqlite3_bind_null (stmt, param);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* The keys of by_id are copies in the kind's string chunk rather than
 * allocations of their own: opening a big document makes one a row.  A key
 * that leaves the table stays in the chunk until the store goes; later
 * changes intern their keys, so that renaming, undoing and redoing reuse
 * them rather than pile them up. */
static void
kind_add_id (Kind       *kind,
             const char *id,
             CvkEntity  *entity,
             gboolean    loading)
{
  g_hash_table_insert (kind->by_id,
                       loading ? g_string_chunk_insert (kind->ids, id)
                               : (char *) g_string_chunk_insert_const (kind->ids, id),
                       entity);
}

static gboolean
kind_load (CvkStore  *self,
           Kind      *kind,
           GError   **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  /* Rows come in pk order (select_all says so): the model's order. */
  sqlite3_reset (kind->select_all);
  while ((rc = sqlite3_step (kind->select_all)) == SQLITE_ROW)
    {
      CvkEntity *entity = read_row (kind, kind->select_all);

      kind_add_id (kind, cvk_entity_get_id (entity), entity, TRUE);
      g_ptr_array_add (rows, entity);
    }
  sqlite3_reset (kind->select_all);

  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, error, rc, _("reading the document"));

  cvk_store_model_take_all (kind->model, g_steal_pointer (&rows));
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* The path of every change: update hook -> commit -> models                */

static void
update_hook (void          *user_data,
             int            op,
             const char    *database,
             const char    *table,
             sqlite3_int64  rowid)
{
  CvkStore *self = user_data;
  Change change;

  if (g_strcmp0 (database, "main") != 0)
    return;

  change.kind = g_hash_table_lookup (self->kind_by_table, table);
  if (change.kind == NULL)
    return;

  change.rowid = rowid;
  change.op = op;
  g_array_append_val (self->changes, change);
}

/* One number for a row of a table, for the hash tables of a step. */
static inline gint64
change_key (CvkStore *self,
            Kind     *kind,
            gint64    rowid)
{
  return rowid * (gint64) self->n_kinds + (kind - self->kinds);
}

static void
refresh_countries (CvkStore *self)
{
  Kind *kind = g_hash_table_lookup (self->kind_by_type, GSIZE_TO_POINTER (CVK_TYPE_COUNTRY_REGION));
  GListModel *model = G_LIST_MODEL (kind->model);

  cvk_countries_clear_overrides (self->countries);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CvkCountryRegion) cr = g_list_model_get_item (model, i);
      cvk_countries_set_override (self->countries,
                                  cvk_entity_get_id (CVK_ENTITY (cr)),
                                  cvk_country_region_get_region (cr));
    }
}

/* Forgets @entity's id, unless another entity has it by now: a step may
 * swap two ids (A to TMP, B to A, TMP to B), and the rows are read again
 * in any order. */
static void
kind_remove_id (Kind      *kind,
                CvkEntity *entity)
{
  const char *id = cvk_entity_get_id (entity);

  if (g_hash_table_lookup (kind->by_id, id) == entity)
    g_hash_table_remove (kind->by_id, id);
}

static void
remove_object (Kind      *kind,
               CvkEntity *existing)
{
  guint position;

  g_object_ref (existing);
  kind_remove_id (kind, existing);
  if (cvk_store_model_find (kind->model, cvk_entity_get_pk (existing), &position))
    cvk_store_model_remove (kind->model, position);
  g_object_unref (existing);
}

/* @replaced: the row was deleted during the step and a row with the same
 * key inserted after (SQLite gives a deleted highest key to the next
 * insert): the old object goes, the new one comes. */
static void
apply_change (CvkStore *self,
              Kind     *kind,
              gint64    rowid,
              gboolean  replaced)
{
  CvkEntity *existing = cvk_store_model_find (kind->model, rowid, NULL);
  g_autoptr(CvkEntity) row = NULL;
  int rc;

  sqlite3_reset (kind->select_one);
  sqlite3_bind_int64 (kind->select_one, 1, rowid);
  rc = sqlite3_step (kind->select_one);
  if (rc == SQLITE_ROW)
    row = read_row (kind, kind->select_one);
  sqlite3_reset (kind->select_one);

  if (existing != NULL && (row == NULL || replaced))
    {
      remove_object (kind, existing);
      existing = NULL;
    }

  if (row == NULL)
    return;

  if (existing != NULL)
    {
      if (g_strcmp0 (cvk_entity_get_id (existing), cvk_entity_get_id (row)) != 0)
        {
          kind_remove_id (kind, existing);
          kind_add_id (kind, cvk_entity_get_id (row), existing, FALSE);
        }
      cvk_entity_assign (existing, row);
    }
  else
    {
      gint64 key = change_key (self, kind, rowid);
      CvkEntity *adopted = g_hash_table_lookup (self->adopted, &key);
      CvkEntity *entity = adopted ? adopted : row;

      if (adopted)
        cvk_entity_assign (adopted, row);
      cvk_entity_set_pk (entity, rowid);

      kind_add_id (kind, cvk_entity_get_id (entity), entity, FALSE);
      cvk_store_model_insert_sorted (kind->model, entity);
    }
}

static void
apply_changes (CvkStore *self)
{
  /* key -> the last operation on that row in this step */
  g_autoptr(GHashTable) last_op = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) deleted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) changes = self->changes;
  gboolean countries_changed = FALSE;
  Kind *country_kind = g_hash_table_lookup (self->kind_by_type, GSIZE_TO_POINTER (CVK_TYPE_COUNTRY_REGION));

  self->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  /* Before the models change: whoever hears of it finds nothing made from
   * them before. */
  if (changes->len > 0 && self->ahead)
    g_hash_table_remove_all (self->ahead);

  for (guint i = 0; i < changes->len; i++)
    {
      Change *c = &g_array_index (changes, Change, i);
      gint64 *key = g_new (gint64, 1);

      *key = change_key (self, c->kind, c->rowid);
      if (c->op == SQLITE_DELETE)
        g_hash_table_add (deleted, g_memdup2 (key, sizeof *key));
      g_hash_table_replace (last_op, key, GINT_TO_POINTER (c->op));
    }

  /* Each changed row once, in the order of its first change, as it is now. */
  for (guint i = 0; i < changes->len; i++)
    {
      Change *c = &g_array_index (changes, Change, i);
      gint64 key = change_key (self, c->kind, c->rowid);
      gboolean replaced;

      if (!g_hash_table_add (done, g_memdup2 (&key, sizeof key)))
        continue;

      replaced = g_hash_table_contains (deleted, &key) &&
                 GPOINTER_TO_INT (g_hash_table_lookup (last_op, &key)) != SQLITE_DELETE;
      apply_change (self, c->kind, c->rowid, replaced);
      if (c->kind == country_kind)
        countries_changed = TRUE;
    }

  g_hash_table_remove_all (self->adopted);

  if (countries_changed)
    refresh_countries (self);

  if (changes->len > 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------------------ */
/* Transactions and undo                                                    */

static gint64
undolog_last_seq (CvkStore *self)
{
  return MAX (0, query_int (self, "SELECT coalesce (max (seq), 0) FROM temp.undolog"));
}

static void
clear_steps (CvkStore *self,
             GArray   *steps)
{
  for (guint i = 0; i < steps->len; i++)
    g_free (g_array_index (steps, Step, i).label);
  g_array_set_size (steps, 0);
}

static void
delete_log_range (CvkStore *self,
                  gint64    first,
                  gint64    last)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, "DELETE FROM temp.undolog WHERE seq BETWEEN ? AND ?",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, first);
      sqlite3_bind_int64 (stmt, 2, last);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
}

static void
notify_undo_state (CvkStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

gboolean
cvk_store_begin (CvkStore    *self,
                 const char  *label,
                 GError     **error)
{
  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);

  if (self->db == NULL)
    {
      g_set_error_literal (error, CVK_STORE_ERROR, CVK_STORE_ERROR_FAILED,
                           _("The document is closed"));
      return FALSE;
    }

  if (self->depth++ > 0)
    return TRUE;

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    {
      self->depth = 0;
      return FALSE;
    }

  g_free (self->label);
  self->label = g_strdup (label ? label : "");
  self->step_start = undolog_last_seq (self);
  g_array_set_size (self->changes, 0);
  return TRUE;
}

void
cvk_store_rollback (CvkStore *self)
{
  g_return_if_fail (CVK_IS_STORE (self));

  if (self->depth == 0)
    return;

  self->depth = 0;
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_array_set_size (self->changes, 0);
  g_hash_table_remove_all (self->adopted);
  g_clear_pointer (&self->label, g_free);
}

gboolean
cvk_store_commit (CvkStore  *self,
                  GError   **error)
{
  gint64 last;
  int rc;

  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return TRUE;

  last = undolog_last_seq (self);
  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, error, rc, _("saving the change"));
      self->depth = 1;
      cvk_store_rollback (self);
      return FALSE;
    }

  if (last > self->step_start)
    {
      Step step = { self->step_start + 1, last, g_steal_pointer (&self->label) };

      g_array_append_val (self->undo, step);
      for (guint i = 0; i < self->redo->len; i++)
        {
          Step *r = &g_array_index (self->redo, Step, i);
          delete_log_range (self, r->first, r->last);
        }
      clear_steps (self, self->redo);
    }
  g_clear_pointer (&self->label, g_free);

  apply_changes (self);
  notify_undo_state (self);
  return TRUE;
}

gboolean
cvk_store_in_transaction (CvkStore *self)
{
  return self->depth > 0;
}

/* Runs the statements of @step backwards; their own reversal is logged
 * and becomes the step pushed on @to. */
static gboolean
replay (CvkStore  *self,
        GArray    *from,
        GArray    *to,
        GError   **error)
{
  Step step;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  gint64 start, last;
  int rc;

  if (self->depth > 0)
    {
      g_set_error_literal (error, CVK_STORE_ERROR, CVK_STORE_ERROR_FAILED,
                           _("An edit is in progress"));
      return FALSE;
    }

  if (from->len == 0)
    {
      g_set_error_literal (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOTHING_TO_UNDO,
                           _("There is nothing to undo or redo"));
      return FALSE;
    }

  step = g_array_index (from, Step, from->len - 1);

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  /* Rows come back in the reverse order of their removal: references are
   * checked at the end of the step, when all of them are back. */
  if (!exec_sql (self, "PRAGMA defer_foreign_keys = ON", error))
    goto fail;

  g_array_set_size (self->changes, 0);

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT sql FROM temp.undolog WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, error, rc, "undo");
      goto fail;
    }
  sqlite3_bind_int64 (stmt, 1, step.first);
  sqlite3_bind_int64 (stmt, 2, step.last);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (statements, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  g_clear_pointer (&stmt, sqlite3_finalize);

  delete_log_range (self, step.first, step.last);
  /* Only now: the log's numbers continue from what remains. */
  start = undolog_last_seq (self);

  for (guint i = 0; i < statements->len; i++)
    if (!exec_sql (self, g_ptr_array_index (statements, i), error))
      goto fail;

  last = undolog_last_seq (self);
  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, error, rc, "undo");
      goto fail;
    }

  g_array_set_size (from, from->len - 1);
  {
    Step done = { start + 1, last, step.label };
    g_array_append_val (to, done);
  }

  apply_changes (self);
  notify_undo_state (self);
  return TRUE;

fail:
  sqlite3_finalize (stmt);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_array_set_size (self->changes, 0);
  return FALSE;
}

gboolean
cvk_store_undo (CvkStore  *self,
                GError   **error)
{
  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  return replay (self, self->undo, self->redo, error);
}

gboolean
cvk_store_redo (CvkStore  *self,
                GError   **error)
{
  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  return replay (self, self->redo, self->undo, error);
}

gboolean
cvk_store_can_undo (CvkStore *self)
{
  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  return self->undo->len > 0;
}

gboolean
cvk_store_can_redo (CvkStore *self)
{
  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  return self->redo->len > 0;
}

const char *
cvk_store_get_undo_label (CvkStore *self)
{
  g_return_val_if_fail (CVK_IS_STORE (self), NULL);
  if (self->undo->len == 0)
    return NULL;
  return g_array_index (self->undo, Step, self->undo->len - 1).label;
}

const char *
cvk_store_get_redo_label (CvkStore *self)
{
  g_return_val_if_fail (CVK_IS_STORE (self), NULL);
  if (self->redo->len == 0)
    return NULL;
  return g_array_index (self->redo, Step, self->redo->len - 1).label;
}

/* ------------------------------------------------------------------------ */
/* Edits                                                                    */

static Kind *
kind_for_entity (CvkStore   *self,
                 CvkEntity  *entity,
                 GError    **error)
{
  Kind *kind = g_hash_table_lookup (self->kind_by_type, GSIZE_TO_POINTER (G_OBJECT_TYPE (entity)));

  if (kind == NULL)
    g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_FAILED,
                 "%s is not stored in documents", G_OBJECT_TYPE_NAME (entity));
  return kind;
}

static gboolean
step_statement (CvkStore      *self,
                sqlite3_stmt  *stmt,
                const char    *doing,
                GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, error, rc, doing);
  return TRUE;
}

static gboolean
edit_done (CvkStore  *self,
           gboolean   ok,
           GError   **error)
{
  if (!ok)
    {
      /* SQLite undoes the failed statement alone.  An edit of its own is
       * rolled back; inside a group, the group goes on, and its owner
       * decides whether to commit the rest or to roll it all back. */
      if (self->depth > 1)
        self->depth--;
      else
        cvk_store_rollback (self);
      return FALSE;
    }
  return cvk_store_commit (self, error);
}

gboolean
cvk_store_insert (CvkStore   *self,
                  CvkEntity  *entity,
                  GError    **error)
{
  Kind *kind;
  gboolean ok;
  gint64 *pk;

  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  g_return_val_if_fail (CVK_IS_ENTITY (entity), FALSE);

  if (!(kind = kind_for_entity (self, entity, error)))
    return FALSE;

  if (*cvk_entity_get_id (entity) == '\0')
    {
      g_set_error_literal (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CONSTRAINT,
                           _("An ID is required"));
      return FALSE;
    }

  if (!cvk_store_begin (self, C_("undo", "Add"), error))
    return FALSE;

  bind_entity (kind, kind->insert, entity);
  ok = step_statement (self, kind->insert, _("adding"), error);
  if (ok)
    {
      gint64 rowid = sqlite3_last_insert_rowid (self->db);

      cvk_entity_set_pk (entity, rowid);
      /* Rowids repeat across tables: the key says which table too. */
      pk = g_new (gint64, 1);
      *pk = change_key (self, kind, rowid);
      g_hash_table_insert (self->adopted, pk, g_object_ref (entity));
    }

  return edit_done (self, ok, error);
}

gboolean
cvk_store_update (CvkStore   *self,
                  CvkEntity  *changed,
                  GError    **error)
{
  Kind *kind;
  CvkEntity *current;
  gint64 pk;
  gboolean ok;
  guint n_fields;

  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  g_return_val_if_fail (CVK_IS_ENTITY (changed), FALSE);

  if (!(kind = kind_for_entity (self, changed, error)))
    return FALSE;

  pk = cvk_entity_get_pk (changed);
  current = pk ? cvk_store_model_find (kind->model, pk, NULL)
               : g_hash_table_lookup (kind->by_id, cvk_entity_get_id (changed));
  if (current == NULL)
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOT_FOUND,
                   _("“%s” is not in the document"), cvk_entity_get_id (changed));
      return FALSE;
    }

  if (cvk_entity_equal (current, changed))
    return TRUE;

  pk = cvk_entity_get_pk (current);
  if (!cvk_store_begin (self, C_("undo", "Change"), error))
    return FALSE;

  cvk_entity_class_get_fields (kind->klass, &n_fields);
  bind_entity (kind, kind->update, changed);
  sqlite3_bind_int64 (kind->update, n_fields + 1, pk);
  ok = step_statement (self, kind->update, _("changing"), error);

  return edit_done (self, ok, error);
}

gboolean
cvk_store_set (CvkStore    *self,
               CvkEntity   *entity,
               GError     **error,
               const char  *first_property,
               ...)
{
  g_autoptr(CvkEntity) copy = NULL;
  va_list args;

  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  g_return_val_if_fail (CVK_IS_ENTITY (entity), FALSE);

  copy = cvk_entity_copy (entity);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);

  return cvk_store_update (self, copy, error);
}

gboolean
cvk_store_delete (CvkStore   *self,
                  CvkEntity  *entity,
                  GError    **error)
{
  Kind *kind;
  gboolean ok;

  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  g_return_val_if_fail (CVK_IS_ENTITY (entity), FALSE);

  if (!(kind = kind_for_entity (self, entity, error)))
    return FALSE;

  if (!cvk_store_begin (self, C_("undo", "Delete"), error))
    return FALSE;

  sqlite3_bind_int64 (kind->delete, 1, cvk_entity_get_pk (entity));
  ok = step_statement (self, kind->delete, _("deleting"), error);

  return edit_done (self, ok, error);
}

gboolean
cvk_store_set_setting (CvkStore    *self,
                       const char  *key,
                       const char  *value,
                       GError     **error)
{
  CvkEntity *existing;
  g_autoptr(CvkEntity) setting = NULL;

  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);

  existing = cvk_store_lookup (self, CVK_TYPE_SETTING, key);
  if (existing)
    return cvk_store_set (self, existing, error, "value", value ? value : "", NULL);

  setting = CVK_ENTITY (cvk_setting_new (key));
  cvk_entity_set_string (setting, CVK_SETTING_VALUE, value ? value : "");
  return cvk_store_insert (self, setting, error);
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                  */

static Kind *
kind_for_type (CvkStore *self,
               GType     type)
{
  Kind *kind = g_hash_table_lookup (self->kind_by_type, GSIZE_TO_POINTER (type));

  if (kind == NULL)
    g_critical ("%s is not stored in documents", g_type_name (type));
  return kind;
}

GListModel *
cvk_store_get_model (CvkStore *self,
                     GType     entity_type)
{
  Kind *kind;

  g_return_val_if_fail (CVK_IS_STORE (self), NULL);

  kind = kind_for_type (self, entity_type);
  return kind ? G_LIST_MODEL (kind->model) : NULL;
}

gpointer
cvk_store_lookup (CvkStore   *self,
                  GType       entity_type,
                  const char *id)
{
  Kind *kind;

  g_return_val_if_fail (CVK_IS_STORE (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  kind = kind_for_type (self, entity_type);
  return kind ? g_hash_table_lookup (kind->by_id, id) : NULL;
}

CvkDocSettings *
cvk_store_dup_settings (CvkStore *self)
{
  CvkDocSettings *settings = cvk_doc_settings_new ();
  g_autoptr(GError) error = NULL;

  if (!cvk_doc_settings_load (settings, cvk_store_get_model (self, CVK_TYPE_SETTING), &error))
    g_message ("%s: %s", self->path ? self->path : "document", error->message);

  return settings;
}

CvkCountries *
cvk_store_get_countries (CvkStore *self)
{
  g_return_val_if_fail (CVK_IS_STORE (self), NULL);
  return self->countries;
}

void
cvk_store_init_plan (CvkStore             *self,
                     const CvkDocSettings *settings,
                     CvkPlan              *plan)
{
  g_return_if_fail (CVK_IS_STORE (self));

  *plan = (CvkPlan) {
    .items = cvk_store_get_model (self, CVK_TYPE_ITEM),
    .dependencies = cvk_store_get_model (self, CVK_TYPE_DEPENDENCY),
    .members = cvk_store_get_model (self, CVK_TYPE_MEMBER),
    .workshops = cvk_store_get_model (self, CVK_TYPE_WORKSHOP),
    .budget_lines = cvk_store_get_model (self, CVK_TYPE_BUDGET_LINE),
    .settings = settings,
    .countries = self->countries,
  };
}

/**
 * cvk_store_next_id:
 *
 * An unused ID made of @prefix and a number one above the highest in use
 * with that prefix, at least two digits: "R15", "TL14", "C01".
 */
char *
cvk_store_next_id (CvkStore   *self,
                   GType       entity_type,
                   const char *prefix)
{
  Kind *kind;
  GHashTableIter iter;
  gpointer key;
  guint64 highest = 0;
  gsize len = strlen (prefix);
  char *id;

  g_return_val_if_fail (CVK_IS_STORE (self), NULL);

  kind = kind_for_type (self, entity_type);
  g_return_val_if_fail (kind != NULL, NULL);

  g_hash_table_iter_init (&iter, kind->by_id);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *id_text = key;
      guint64 n;

      if (strncmp (id_text, prefix, len) == 0 &&
          g_ascii_string_to_unsigned (id_text + len, 10, 0, G_MAXUINT32, &n, NULL))
        highest = MAX (highest, n);
    }

  do
    id = g_strdup_printf ("%s%02" G_GUINT64_FORMAT, prefix, ++highest);
  while (g_hash_table_contains (kind->by_id, id) && (g_free (id), TRUE));

  return id;
}

/* Made ahead of time ------------------------------------------------------ */

typedef struct
{
  gpointer       data;
  GDestroyNotify destroy;
} Ahead;

static void
ahead_free (gpointer pointer)
{
  Ahead *ahead = pointer;

  if (ahead->destroy)
    ahead->destroy (ahead->data);
  g_free (ahead);
}

/**
 * cvk_store_keep_ahead:
 * @what: a name for @data, such as "timeline"
 * @data: (transfer full): something made from the models as they are now
 *
 * Keeps @data, made ahead of time from the models (a plan, findings:
 * while nothing else used the store, on another thread as the application
 * starts), for whoever shows it first.  The models' next change lets go
 * of it.
 */
void
cvk_store_keep_ahead (CvkStore       *self,
                      const char     *what,
                      gpointer        data,
                      GDestroyNotify  destroy)
{
  Ahead *ahead;

  g_return_if_fail (CVK_IS_STORE (self));
  g_return_if_fail (what != NULL);

  if (self->ahead == NULL)
    self->ahead = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, ahead_free);
  ahead = g_new (Ahead, 1);
  *ahead = (Ahead) { data, destroy };
  g_hash_table_replace (self->ahead, g_strdup (what), ahead);
}

/**
 * cvk_store_take_ahead:
 *
 * Returns: (transfer full) (nullable): what cvk_store_keep_ahead () kept as
 * @what, if the models have not changed since; else NULL.
 */
gpointer
cvk_store_take_ahead (CvkStore   *self,
                      const char *what)
{
  g_autofree char *key = NULL;
  Ahead *ahead = NULL;
  gpointer data;

  g_return_val_if_fail (CVK_IS_STORE (self), NULL);
  g_return_val_if_fail (what != NULL, NULL);

  if (self->ahead == NULL ||
      !g_hash_table_steal_extended (self->ahead, what, (gpointer *) &key, (gpointer *) &ahead))
    return NULL;
  data = ahead->data;
  g_free (ahead);
  return data;
}

/* The same, left where it is (cvk-store-private.h). */
gpointer
cvk_store_peek_ahead (CvkStore   *self,
                      const char *what)
{
  Ahead *ahead;

  g_return_val_if_fail (CVK_IS_STORE (self), NULL);
  g_return_val_if_fail (what != NULL, NULL);

  ahead = self->ahead ? g_hash_table_lookup (self->ahead, what) : NULL;
  return ahead ? ahead->data : NULL;
}

const char *
cvk_store_get_path (CvkStore *self)
{
  g_return_val_if_fail (CVK_IS_STORE (self), NULL);
  return self->path;
}

/* ------------------------------------------------------------------------ */
/* Opening, migrations, templates                                           */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static GPtrArray *
list_migrations (void)
{
  g_auto(GStrv) names = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  names = g_resources_enumerate_children (STORE_RESOURCES "/migrations/", 0, NULL);
  for (guint i = 0; names && names[i]; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (list, g_strdup (names[i]));

  g_ptr_array_sort (list, compare_names);
  return list;
}

int
cvk_store_schema_version (void)
{
  g_autoptr(GPtrArray) migrations = list_migrations ();
  const char *last;

  if (migrations->len == 0)
    return 0;

  last = g_ptr_array_index (migrations, migrations->len - 1);
  return (int) g_ascii_strtoll (last, NULL, 10);
}

static gboolean
run_resource_sql (CvkStore    *self,
                  const char  *resource,
                  GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;

  bytes = g_resources_lookup_data (resource, 0, error);
  if (bytes == NULL)
    return FALSE;

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return exec_sql (self, sql, error);
}

static gboolean
migrate (CvkStore  *self,
         GError   **error)
{
  g_autoptr(GPtrArray) migrations = list_migrations ();
  gint64 version = query_int (self, "PRAGMA user_version");

  for (guint i = 0; i < migrations->len; i++)
    {
      const char *name = g_ptr_array_index (migrations, i);
      gint64 n = g_ascii_strtoll (name, NULL, 10);
      g_autofree char *resource = NULL;
      g_autofree char *pragmas = NULL;

      if (n <= version)
        continue;

      resource = g_strconcat (STORE_RESOURCES "/migrations/", name, NULL);
      pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %" G_GINT64_FORMAT ";",
                                 CVK_STORE_APPLICATION_ID, n);

      if (!exec_sql (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!run_resource_sql (self, resource, error) ||
          !exec_sql (self, pragmas, error) ||
          !exec_sql (self, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_prefix_error (error, "migration %s: ", name);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
setup_kinds (CvkStore  *self,
             GError   **error)
{
  g_autoptr(GString) triggers = g_string_new (
    "CREATE TEMP TABLE IF NOT EXISTS undolog (seq INTEGER PRIMARY KEY, sql TEXT NOT NULL);\n");

  for (guint i = 0; i < self->n_kinds; i++)
    {
      g_autofree char *sql = NULL;

      if (!kind_prepare (self, &self->kinds[i], error))
        return FALSE;
      sql = kind_undo_triggers_sql (&self->kinds[i]);
      g_string_append (triggers, sql);
    }

  return exec_sql (self, triggers->str, error);
}

static gboolean
load_all (CvkStore  *self,
          GError   **error)
{
  for (guint i = 0; i < self->n_kinds; i++)
    if (!kind_load (self, &self->kinds[i], error))
      return FALSE;

  g_array_set_size (self->changes, 0);
  refresh_countries (self);
  return TRUE;
}

static gboolean
connect_db (CvkStore    *self,
            const char  *path,
            int          flags,
            GError     **error)
{
  int rc = sqlite3_open_v2 (path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, error, rc, _("opening the document"));
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_update_hook (self->db, update_hook, self);

  if (!exec_sql (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (g_strcmp0 (path, CVK_STORE_MEMORY) != 0 &&
      !exec_sql (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", error))
    return FALSE;

  return TRUE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at a file without writing to it: its header says whether it is an
 * SQLite database, ours, and of which version; a read-only integrity check
 * finds damage.  Nothing here can change the file. */
static gboolean
check_file (const char  *path,
            GError     **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  guint8 header[100];
  FILE *f;
  size_t n;
  guint32 page_size, page_count, app_id, user_version;
  GStatBuf st;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *result = NULL;
  g_autofree char *wal = NULL;
  int rc;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, CVK_STORE_ERROR,
                   saved == ENOENT ? CVK_STORE_ERROR_NOT_FOUND : CVK_STORE_ERROR_IO,
                   _("Could not open “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }

  f = g_fopen (path, "rb");
  if (f == NULL)
    {
      int saved = errno;
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_IO,
                   _("Could not open “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, f);
  fclose (f);

  if (n < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOT_A_DOCUMENT,
                   _("“%s” is not a Convoke document"), display);
      return FALSE;
    }

  app_id = read_be32 (header + 68);
  user_version = read_be32 (header + 60);

  if (app_id != CVK_STORE_APPLICATION_ID)
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOT_A_DOCUMENT,
                   _("“%s” is a database of another program, not a Convoke document"), display);
      return FALSE;
    }

  /* The field is unsigned: compared as an int, 0x80000000 and above
   * would pass for old versions and be migrated. */
  if (user_version > (guint32) cvk_store_schema_version ())
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Convoke (document version %u, "
                     "this version reads up to %d). Update Convoke to open it."),
                   display, user_version, cvk_store_schema_version ());
      return FALSE;
    }

  /* The header's page count is valid when the change counter matches. */
  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = read_be32 (header + 28);
  wal = g_strconcat (path, "-wal", NULL);
  if (read_be32 (header + 24) == read_be32 (header + 92) &&
      !g_file_test (wal, G_FILE_TEST_EXISTS) &&
      (guint64) st.st_size < (guint64) page_size * page_count)
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: the file is shorter than its content (was it cut off while copying?)"),
                   display);
      return FALSE;
    }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (result == NULL || g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened (%s)"), display,
                   result ? result : sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}

static gboolean
finish_open (CvkStore  *self,
             GError   **error)
{
  return migrate (self, error) &&
         setup_kinds (self, error) &&
         load_all (self, error);
}

CvkStore *
cvk_store_open (const char  *path,
                GError     **error)
{
  g_autoptr(CvkStore) self = NULL;
  gboolean memory;

  g_return_val_if_fail (path != NULL, NULL);

  memory = g_str_equal (path, CVK_STORE_MEMORY);
  if (!memory && !check_file (path, error))
    return NULL;

  self = g_object_new (CVK_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!connect_db (self, path, SQLITE_OPEN_READWRITE | (memory ? SQLITE_OPEN_CREATE : 0), error) ||
      !finish_open (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

static const char *const template_names[] = { "iewsc", "blank", NULL };

const char *const *
cvk_store_template_names (void)
{
  return template_names;
}

/* Makes a document at @path (which must not exist) from a template. */
static CvkStore *
build_document (const char  *path,
                const char  *template_name,
                GError     **error)
{
  g_autoptr(CvkStore) self = g_object_new (CVK_TYPE_STORE, NULL);
  g_autofree char *resource = g_strdup_printf (STORE_RESOURCES "/templates/%s.sql", template_name);
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

  self->path = g_strdup (path);
  if (!connect_db (self, path, flags, error) || !migrate (self, error))
    return NULL;

  /* The template is the document's first state, not an edit to undo. */
  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    return NULL;
  if (!run_resource_sql (self, resource, error) || !exec_sql (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_prefix_error (error, "template %s: ", template_name);
      return NULL;
    }
  g_array_set_size (self->changes, 0);

  if (!setup_kinds (self, error) || !load_all (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
unlink_document (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/**
 * cvk_store_create:
 *
 * Creates a document at @path from a template ("iewsc" when NULL).  The
 * document is made complete in a file of its own beside @path and only then
 * linked to @path, which fails if @path exists: an existing file is never
 * overwritten, and nobody ever sees a half-made document.
 */
CvkStore *
cvk_store_create (const char  *path,
                  const char  *template_name,
                  GError     **error)
{
  g_autoptr(CvkStore) built = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *display = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (template_name == NULL)
    template_name = "iewsc";

  if (!g_strv_contains (template_names, template_name))
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOT_FOUND,
                   _("There is no template “%s” (templates: iewsc, blank)"), template_name);
      return NULL;
    }

  if (g_str_equal (path, CVK_STORE_MEMORY))
    return build_document (path, template_name, error);

  display = g_filename_display_name (path);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_EXISTS,
                   _("“%s” already exists: not overwriting it"), display);
      return NULL;
    }

  tmp = g_strdup_printf ("%s.creating-%08x", path, g_random_int ());
  built = build_document (tmp, template_name, &local_error);
  if (built == NULL)
    {
      unlink_document (tmp);
      g_propagate_error (error, local_error);
      return NULL;
    }
  /* Closing folds the write-ahead log into the file. */
  cvk_store_close (built);

  if (link (tmp, path) != 0)
    {
      int saved = errno;
      unlink_document (tmp);
      if (saved == EEXIST)
        g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_EXISTS,
                     _("“%s” already exists: not overwriting it"), display);
      else
        g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_IO,
                     _("Could not create “%s”: %s"), display, g_strerror (saved));
      return NULL;
    }
  unlink_document (tmp);

  return cvk_store_open (path, error);
}

char *
cvk_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "convoke", "IEWSC.convoke", NULL);
}

CvkStore *
cvk_store_open_default (GError **error)
{
  g_autofree char *path = cvk_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return cvk_store_open (path, error);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), display, g_strerror (saved));
      return NULL;
    }

  return cvk_store_create (path, "iewsc", error);
}

static gboolean
copy_undolog (sqlite3  *from,
              CvkStore *to)
{
  sqlite3_stmt *read = NULL;
  sqlite3_stmt *write = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (from, "SELECT seq, sql FROM temp.undolog ORDER BY seq", -1, &read, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (to->db, "INSERT INTO temp.undolog (seq, sql) VALUES (?, ?)", -1, &write, NULL) != SQLITE_OK)
    ok = FALSE;

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      sqlite3_bind_int64 (write, 1, sqlite3_column_int64 (read, 0));
      sqlite3_bind_text (write, 2, (const char *) sqlite3_column_text (read, 1), -1, SQLITE_TRANSIENT);
      ok = sqlite3_step (write) == SQLITE_DONE;
      sqlite3_reset (write);
    }

  sqlite3_finalize (read);
  sqlite3_finalize (write);
  return ok;
}

/**
 * cvk_store_save_as:
 *
 * Copies the document to @path with SQLite's backup API (into a temporary
 * file renamed over @path once complete, so a full disk leaves @path as it
 * was) and continues on the copy: later edits go to @path.  The models, their
 * objects and the undo history stay.
 */
gboolean
cvk_store_save_as (CvkStore    *self,
                   const char  *path,
                   GError     **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *display = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  sqlite3 *old_db;
  int rc;

  g_return_val_if_fail (CVK_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  display = g_filename_display_name (path);

  {
    g_autofree char *target = g_canonicalize_filename (path, NULL);
    g_autofree char *current = self->path ? g_canonicalize_filename (self->path, NULL) : NULL;

    if (current && g_str_equal (target, current))
      {
        g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_EXISTS,
                     _("“%s” is the open document itself: choose another name"), display);
        return FALSE;
      }
  }

  tmp = g_strdup_printf ("%s.saving-%u", path, g_random_int ());

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        rc = sqlite3_errcode (dest);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      g_unlink (tmp);
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_IO,
                   _("Could not save “%s”: %s"), display, sqlite3_errstr (rc));
      return FALSE;
    }

  /* A write-ahead log left beside the old file would be read as the new
   * one's. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_IO,
                   _("Could not save “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }

  /* Continue on the copy. */
  old_db = self->db;
  self->db = NULL;
  for (guint i = 0; i < self->n_kinds; i++)
    kind_finalize_statements (&self->kinds[i]);

  if (!connect_db (self, path, SQLITE_OPEN_READWRITE, error) ||
      !setup_kinds (self, error))
    {
      /* Go on with the original document rather than lose the session. */
      g_clear_pointer (&self->db, sqlite3_close);
      for (guint i = 0; i < self->n_kinds; i++)
        kind_finalize_statements (&self->kinds[i]);
      self->db = old_db;
      setup_kinds (self, NULL);
      return FALSE;
    }

  copy_undolog (old_db, self);
  sqlite3_close (old_db);

  g_free (self->path);
  self->path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
  return TRUE;
}

void
cvk_store_close (CvkStore *self)
{
  g_return_if_fail (CVK_IS_STORE (self));

  cvk_store_rollback (self);
  for (guint i = 0; i < self->n_kinds; i++)
    kind_finalize_statements (&self->kinds[i]);
  if (self->db)
    {
      sqlite3_update_hook (self->db, NULL, NULL);
      sqlite3_close (self->db);
      self->db = NULL;
    }
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
cvk_store_dispose (GObject *object)
{
  CvkStore *self = CVK_STORE (object);

  cvk_store_close (self);
  g_clear_pointer (&self->ahead, g_hash_table_unref);
  for (guint i = 0; i < self->n_kinds; i++)
    {
      g_clear_pointer (&self->kinds[i].by_id, g_hash_table_unref);
      g_clear_pointer (&self->kinds[i].ids, g_string_chunk_free);
      g_clear_object (&self->kinds[i].model);
    }
  g_clear_pointer (&self->adopted, g_hash_table_unref);
  g_clear_object (&self->countries);

  G_OBJECT_CLASS (cvk_store_parent_class)->dispose (object);
}

static void
cvk_store_finalize (GObject *object)
{
  CvkStore *self = CVK_STORE (object);

  for (guint i = 0; i < self->n_kinds; i++)
    {
      g_free (self->kinds[i].table);
      g_free (self->kinds[i].row);
    }
  g_free (self->kinds);
  g_hash_table_unref (self->kind_by_type);
  g_hash_table_unref (self->kind_by_table);
  g_array_unref (self->changes);
  clear_steps (self, self->undo);
  clear_steps (self, self->redo);
  g_array_unref (self->undo);
  g_array_unref (self->redo);
  g_free (self->label);
  g_free (self->path);

  G_OBJECT_CLASS (cvk_store_parent_class)->finalize (object);
}

static void
cvk_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CvkStore *self = CVK_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, cvk_store_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, cvk_store_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cvk_store_class_init (CvkStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cvk_store_dispose;
  object_class->finalize = cvk_store_finalize;
  object_class->get_property = cvk_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CvkStore::changed:
   *
   * Emitted once after each commit, undo and redo that changed rows, when
   * every model is current.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cvk_store_init (CvkStore *self)
{
  GType *types;
  guint n_types;

  types = cvk_entity_types (&n_types);

  self->n_kinds = n_types;
  self->kinds = g_new0 (Kind, n_types);
  self->kind_by_type = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->kind_by_table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_types; i++)
    {
      Kind *kind = &self->kinds[i];

      kind->type = types[i];
      kind->klass = g_type_class_peek (types[i]);
      if (kind->klass == NULL)
        kind->klass = g_type_class_ref (types[i]);  /* kept for the program's life */
      kind->fields = cvk_entity_class_get_fields (kind->klass, &kind->n_fields);
      kind->row = g_new0 (CvkFieldData, kind->n_fields);
      kind->table = g_strdelimit (g_strdup (cvk_entity_class_get_kind (kind->klass)), "-", '_');
      kind->model = cvk_store_model_new (types[i]);
      kind->by_id = g_hash_table_new (g_str_hash, g_str_equal);
      kind->ids = g_string_chunk_new (4096);

      g_hash_table_insert (self->kind_by_type, GSIZE_TO_POINTER (types[i]), kind);
      g_hash_table_insert (self->kind_by_table, kind->table, kind);
    }

  self->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  self->adopted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->undo = g_array_new (FALSE, FALSE, sizeof (Step));
  self->redo = g_array_new (FALSE, FALSE, sizeof (Step));
  self->countries = cvk_countries_new_default ();
}
