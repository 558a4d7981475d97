/* cvk-csv-kinds.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "cvk-csv-kinds.h"
#include "cvk-dependency-graph.h"
#include "cvk-domain.h"

/* Longest lag accepted in "Depends on", in days (a century). */
#define MAX_LAG_DAYS 36525

typedef struct
{
  const char  *name;
  const char  *header;
  GType      (*get_type) (void);
} KindInfo;

static const KindInfo kind_infos[] = {
  [CVK_CSV_TIMELINE] = {
    "timeline",
    "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes",
    cvk_item_get_type,
  },
  [CVK_CSV_ROSTER] = {
    "roster",
    "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification",
    cvk_member_get_type,
  },
  [CVK_CSV_BUDGET] = {
    "budget",
    "ID,Workshop,Category,Description,Currency,Planned,Committed,Actual",
    cvk_budget_line_get_type,
  },
  [CVK_CSV_CONTACTS] = {
    "contacts",
    "ID,Name,Email,Organization,Organization type,Country,Language,Gender,Previous workshops",
    cvk_contact_get_type,
  },
};

/* The columns of each kind, in the order of the header. */
enum
{
  TL_ID, TL_NAME, TL_KIND, TL_BODY, TL_START, TL_END, TL_PRECISION, TL_STATUS,
  TL_DEPENDS_ON, TL_PARENT, TL_OWNER, TL_PROGRESS, TL_NOTES, TL_N_COLUMNS
};

enum
{
  RO_ID, RO_NAME, RO_ROLE, RO_REGION, RO_COUNTRY, RO_ORGANIZATION, RO_EMAIL,
  RO_GENDER, RO_YOUTH, RO_STATUS, RO_JUSTIFICATION, RO_N_COLUMNS
};

enum
{
  BU_ID, BU_WORKSHOP, BU_CATEGORY, BU_DESCRIPTION, BU_CURRENCY, BU_PLANNED,
  BU_COMMITTED, BU_ACTUAL, BU_N_COLUMNS
};

enum
{
  CO_ID, CO_NAME, CO_EMAIL, CO_ORGANIZATION, CO_ORGANIZATION_TYPE, CO_COUNTRY,
  CO_LANGUAGE, CO_GENDER, CO_PREVIOUS_WORKSHOPS, CO_N_COLUMNS
};

gboolean
cvk_csv_kind_from_string (const char *s,
                          CvkCsvKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (s == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kind_infos); i++)
    if (g_str_equal (s, kind_infos[i].name))
      {
        *kind = (CvkCsvKind) i;
        return TRUE;
      }

  return FALSE;
}

const char *
cvk_csv_kind_to_string (CvkCsvKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_infos), NULL);

  return kind_infos[kind].name;
}

const char *
cvk_csv_kind_get_header (CvkCsvKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_infos), NULL);

  return kind_infos[kind].header;
}

gboolean
cvk_csv_kind_detect (GBytes     *data,
                     CvkCsvKind *kind)
{
  g_autoptr(CvkCsvReader) reader = NULL;
  g_auto(GStrv) fields = NULL;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  reader = cvk_csv_reader_new ("", data, NULL);
  if (reader == NULL)
    return FALSE;

  /* The first line that is not blank */
  do
    {
      g_clear_pointer (&fields, g_strfreev);
      if (!cvk_csv_reader_iterate (reader, &fields, NULL, NULL) || fields == NULL)
        return FALSE;
    }
  while (fields[0] != NULL && fields[1] == NULL && fields[0][0] == '\0');

  for (guint i = 0; i < G_N_ELEMENTS (kind_infos); i++)
    {
      g_auto(GStrv) columns = g_strsplit (kind_infos[i].header, ",", -1);

      if (g_strv_equal ((const char * const *) columns, (const char * const *) fields))
        {
          *kind = (CvkCsvKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Helpers shared by export and import */

static GPtrArray *
model_to_array (CvkStore *store,
                GType     entity_type)
{
  GListModel *model = cvk_store_get_model (store, entity_type);
  guint n = model ? g_list_model_get_n_items (model) : 0;
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));

  return array;
}

static int
compare_by_pk (gconstpointer a,
               gconstpointer b)
{
  gint64 pa = cvk_entity_get_pk (*(CvkEntity **) a);
  gint64 pb = cvk_entity_get_pk (*(CvkEntity **) b);

  return (pa > pb) - (pa < pb);
}

static int
compare_by_position (gconstpointer a,
                     gconstpointer b)
{
  CvkItem *ia = *(CvkItem **) a;
  CvkItem *ib = *(CvkItem **) b;
  gint64 pa = cvk_item_get_position (ia);
  gint64 pb = cvk_item_get_position (ib);

  if (pa != pb)
    return (pa > pb) - (pa < pb);

  return strcmp (cvk_entity_get_id (CVK_ENTITY (ia)), cvk_entity_get_id (CVK_ENTITY (ib)));
}

static int
compare_dependencies (gconstpointer a,
                      gconstpointer b)
{
  CvkDependency *da = *(CvkDependency **) a;
  CvkDependency *db = *(CvkDependency **) b;
  int c;

  c = strcmp (cvk_dependency_get_predecessor (da), cvk_dependency_get_predecessor (db));
  if (c != 0)
    return c;

  c = (int) cvk_dependency_get_relation (da) - (int) cvk_dependency_get_relation (db);
  if (c != 0)
    return c;

  return (cvk_dependency_get_lag (da) > cvk_dependency_get_lag (db)) -
         (cvk_dependency_get_lag (da) < cvk_dependency_get_lag (db));
}

static CvkRegionScheme
store_region_scheme (CvkStore *store)
{
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (store);

  return settings ? settings->region_scheme : CVK_REGION_SCHEME_ITU_ADMIN;
}

/* "1, 2 3" -> "1 2 3" */
static char *
normalize_editions (const char *text)
{
  g_auto(GStrv) tokens = g_strsplit_set (text ? text : "", " \t\r\n,;", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (tokens[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, tokens[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
dup_dependency_text (CvkDependency *dep)
{
  GString *s = g_string_new (cvk_dependency_get_predecessor (dep));
  CvkDependencyType relation = cvk_dependency_get_relation (dep);
  gint64 lag = cvk_dependency_get_lag (dep);

  if (relation != CVK_DEPENDENCY_FS)
    g_string_append_printf (s, ":%s", cvk_enum_to_nick (CVK_TYPE_DEPENDENCY_TYPE, relation));
  if (lag != 0)
    g_string_append_printf (s, "%+" G_GINT64_FORMAT "d", lag);

  return g_string_free (s, FALSE);
}

/* Export */

static void
append_row (GString   *out,
            GPtrArray *cells)
{
  cvk_csv_append_record (out, (const char * const *) cells->pdata, cells->len);
}

/* A code cell (ID, reference, region, country, currency): these are never
 * unguarded on reading, and our own never start with a formula character,
 * but a document may hold anything (a hand-edited file, an ID typed in the
 * window): such a cell is guarded too, so that no cell of a file we write
 * runs as a formula.  Reading it back then fails with a message. */
static void
add_cell (GPtrArray  *cells,
          const char *text)
{
  g_ptr_array_add (cells, cvk_csv_guard_text (text));
}

static void
add_text_cell (GPtrArray  *cells,
               const char *text)
{
  g_ptr_array_add (cells, cvk_csv_guard_text (text));
}

static void
add_field_cell (GPtrArray *cells,
                CvkEntity *entity,
                guint      field)
{
  g_ptr_array_add (cells, cvk_entity_dup_field_text (entity, field));
}

static void
visit_item (CvkItem    *item,
            GHashTable *children,
            GHashTable *visited,
            GPtrArray  *order)
{
  const char *id = cvk_entity_get_id (CVK_ENTITY (item));
  GPtrArray *kids;

  if (g_hash_table_contains (visited, id))
    return;

  g_hash_table_add (visited, (gpointer) id);
  g_ptr_array_add (order, g_object_ref (item));

  kids = g_hash_table_lookup (children, id);
  if (kids != NULL)
    for (guint i = 0; i < kids->len; i++)
      visit_item (g_ptr_array_index (kids, i), children, visited, order);
}

/* Items in tree order: each parent before its children, brothers by
 * position then id.  Items caught in a loop of parents (which the store
 * should never hold) come last, in the same order. */
static GPtrArray *
items_in_tree_order (CvkStore *store)
{
  g_autoptr(GPtrArray) items = model_to_array (store, CVK_TYPE_ITEM);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) visited = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  GPtrArray *order = g_ptr_array_new_full (items->len, g_object_unref);

  g_ptr_array_sort (items, compare_by_position);

  for (guint i = 0; i < items->len; i++)
    {
      CvkItem *item = g_ptr_array_index (items, i);
      g_hash_table_insert (by_id, (gpointer) cvk_entity_get_id (CVK_ENTITY (item)), item);
    }

  for (guint i = 0; i < items->len; i++)
    {
      CvkItem *item = g_ptr_array_index (items, i);
      const char *parent = cvk_item_get_parent (item);

      if (parent[0] != '\0' && g_hash_table_contains (by_id, parent))
        {
          GPtrArray *kids = g_hash_table_lookup (children, parent);

          if (kids == NULL)
            {
              kids = g_ptr_array_new ();
              g_hash_table_insert (children, (gpointer) parent, kids);
            }
          g_ptr_array_add (kids, item);
        }
      else
        g_ptr_array_add (roots, item);
    }

  for (guint i = 0; i < roots->len; i++)
    visit_item (g_ptr_array_index (roots, i), children, visited, order);
  for (guint i = 0; i < items->len; i++)
    visit_item (g_ptr_array_index (items, i), children, visited, order);

  return order;
}

static void
export_timeline (CvkStore *store,
                 GString  *out)
{
  g_autoptr(GPtrArray) items = items_in_tree_order (store);
  g_autoptr(GPtrArray) deps = model_to_array (store, CVK_TYPE_DEPENDENCY);
  g_autoptr(GHashTable) deps_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);

  g_ptr_array_sort (deps, compare_dependencies);
  for (guint i = 0; i < deps->len; i++)
    {
      CvkDependency *dep = g_ptr_array_index (deps, i);
      const char *successor = cvk_dependency_get_successor (dep);
      GPtrArray *list = g_hash_table_lookup (deps_of, successor);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (deps_of, (gpointer) successor, list);
        }
      g_ptr_array_add (list, dep);
    }

  for (guint i = 0; i < items->len; i++)
    {
      CvkItem *item = g_ptr_array_index (items, i);
      CvkEntity *entity = CVK_ENTITY (item);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) depends_on = g_string_new (NULL);
      GPtrArray *list = g_hash_table_lookup (deps_of, cvk_entity_get_id (entity));

      if (list != NULL)
        for (guint j = 0; j < list->len; j++)
          {
            g_autofree char *text = dup_dependency_text (g_ptr_array_index (list, j));

            if (j > 0)
              g_string_append_c (depends_on, ' ');
            g_string_append (depends_on, text);
          }

      add_cell (cells, cvk_entity_get_id (entity));
      add_text_cell (cells, cvk_item_get_name (item));
      add_field_cell (cells, entity, CVK_ITEM_KIND);
      if (cvk_item_get_body (item) == CVK_BODY_NONE)
        add_cell (cells, "");
      else
        add_field_cell (cells, entity, CVK_ITEM_BODY);
      add_field_cell (cells, entity, CVK_ITEM_START);
      add_field_cell (cells, entity, CVK_ITEM_END);
      add_field_cell (cells, entity, CVK_ITEM_PRECISION);
      add_field_cell (cells, entity, CVK_ITEM_STATUS);
      add_cell (cells, depends_on->str);
      add_cell (cells, cvk_item_get_parent (item));
      add_cell (cells, cvk_item_get_owner (item));
      add_field_cell (cells, entity, CVK_ITEM_PROGRESS);
      add_text_cell (cells, cvk_item_get_notes (item));

      append_row (out, cells);
    }
}

static void
export_roster (CvkStore *store,
               GString  *out)
{
  g_autoptr(GPtrArray) members = model_to_array (store, CVK_TYPE_MEMBER);
  CvkCountries *countries = cvk_store_get_countries (store);
  CvkRegionScheme scheme = store_region_scheme (store);

  g_ptr_array_sort (members, compare_by_pk);

  for (guint i = 0; i < members->len; i++)
    {
      CvkMember *member = g_ptr_array_index (members, i);
      CvkEntity *entity = CVK_ENTITY (member);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      const char *region = cvk_member_get_region (member);
      const char *country = cvk_member_get_country (member);

      /* An empty region is the region of the country, written out so that
       * a reader of the file sees it. */
      if (region[0] == '\0' && country[0] != '\0' && countries != NULL)
        {
          region = cvk_countries_region (countries, country, scheme);
          if (region == NULL)
            region = "";
        }

      add_cell (cells, cvk_entity_get_id (entity));
      add_text_cell (cells, cvk_member_get_name (member));
      add_field_cell (cells, entity, CVK_MEMBER_ROLE);
      add_cell (cells, region);
      add_cell (cells, country);
      add_text_cell (cells, cvk_member_get_organization (member));
      add_text_cell (cells, cvk_member_get_email (member));
      add_field_cell (cells, entity, CVK_MEMBER_GENDER);
      add_field_cell (cells, entity, CVK_MEMBER_YOUTH);
      add_field_cell (cells, entity, CVK_MEMBER_STATUS);
      add_text_cell (cells, cvk_member_get_justification (member));

      append_row (out, cells);
    }
}

static char *
dup_amount (gint64      minor,
            const char *currency)
{
  CvkMoney money;

  /* A document may hold a currency that is no ISO 4217 code: its amounts
   * are written as they are stored, in minor units. */
  if (!cvk_currency_is_valid (currency))
    return g_strdup_printf ("%" G_GINT64_FORMAT, minor);

  cvk_money_init (&money, minor, currency);
  return cvk_money_to_decimal (&money);
}

static void
export_budget (CvkStore *store,
               GString  *out)
{
  g_autoptr(GPtrArray) lines = model_to_array (store, CVK_TYPE_BUDGET_LINE);

  g_ptr_array_sort (lines, compare_by_pk);

  for (guint i = 0; i < lines->len; i++)
    {
      CvkBudgetLine *line = g_ptr_array_index (lines, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      const char *workshop_id = cvk_budget_line_get_workshop (line);
      const char *currency = cvk_budget_line_get_currency (line);
      CvkWorkshop *workshop = NULL;

      if (workshop_id[0] != '\0')
        workshop = cvk_store_lookup (store, CVK_TYPE_WORKSHOP, workshop_id);

      add_cell (cells, cvk_entity_get_id (CVK_ENTITY (line)));
      if (workshop != NULL)
        g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 cvk_workshop_get_edition (workshop)));
      else
        add_cell (cells, "");
      add_text_cell (cells, cvk_budget_line_get_category (line));
      add_text_cell (cells, cvk_budget_line_get_description (line));
      add_cell (cells, currency);
      g_ptr_array_add (cells, dup_amount (cvk_budget_line_get_planned (line), currency));
      g_ptr_array_add (cells, dup_amount (cvk_budget_line_get_committed (line), currency));
      g_ptr_array_add (cells, dup_amount (cvk_budget_line_get_actual (line), currency));

      append_row (out, cells);
    }
}

static void
export_contacts (CvkStore *store,
                 GString  *out)
{
  g_autoptr(GPtrArray) contacts = model_to_array (store, CVK_TYPE_CONTACT);

  g_ptr_array_sort (contacts, compare_by_pk);

  for (guint i = 0; i < contacts->len; i++)
    {
      CvkContact *contact = g_ptr_array_index (contacts, i);
      CvkEntity *entity = CVK_ENTITY (contact);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      add_cell (cells, cvk_entity_get_id (entity));
      add_text_cell (cells, cvk_contact_get_name (contact));
      add_text_cell (cells, cvk_contact_get_email (contact));
      add_text_cell (cells, cvk_contact_get_organization (contact));
      add_text_cell (cells, cvk_contact_get_organization_type (contact));
      add_cell (cells, cvk_contact_get_country (contact));
      add_text_cell (cells, cvk_contact_get_language (contact));
      add_field_cell (cells, entity, CVK_CONTACT_GENDER);
      g_ptr_array_add (cells, normalize_editions (cvk_contact_get_previous_workshops (contact)));

      append_row (out, cells);
    }
}

/**
 * cvk_csv_export_bytes:
 *
 * Returns: the file of @kind for the document in @store: the header and a
 *   record for each entity, CRLF line ends.
 */
GBytes *
cvk_csv_export_bytes (CvkStore   *store,
                      CvkCsvKind  kind)
{
  GString *out;

  g_return_val_if_fail (CVK_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_infos), NULL);

  out = g_string_new (kind_infos[kind].header);
  g_string_append (out, "\r\n");

  switch (kind)
    {
    case CVK_CSV_TIMELINE:
      export_timeline (store, out);
      break;
    case CVK_CSV_ROSTER:
      export_roster (store, out);
      break;
    case CVK_CSV_BUDGET:
      export_budget (store, out);
      break;
    case CVK_CSV_CONTACTS:
      export_contacts (store, out);
      break;
    default:
      g_assert_not_reached ();
    }

  return g_string_free_to_bytes (out);
}

gboolean
cvk_csv_export (CvkStore       *store,
                CvkCsvKind      kind,
                GOutputStream  *out,
                GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (CVK_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_infos), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cvk_csv_export_bytes (store, kind);
  data = g_bytes_get_data (bytes, &length);

  return g_output_stream_write_all (out, data, length, NULL, NULL, error);
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_path_get_basename (parse_name);
}

gboolean
cvk_csv_export_file (CvkStore    *store,
                     CvkCsvKind   kind,
                     GFile       *file,
                     GError     **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gboolean existed;

  g_return_val_if_fail (CVK_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_infos), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = dup_display_name (file);
  existed = g_file_query_exists (file, NULL);

  /* The text goes to a new file that takes the old one's place when it is
   * closed; closing with a cancelled cancellable throws the new file away
   * and leaves the old one as it was. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
      return FALSE;
    }

  if (!cvk_csv_export (store, kind, G_OUTPUT_STREAM (stream), &local_error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);

      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Import */

typedef struct
{
  char              *predecessor;
  CvkDependencyType  relation;
  gint64             lag;
} DepSpec;

typedef struct
{
  guint       index;      /* in the file, from 0 */
  guint       line;       /* where the record starts */
  char      **cells;
  CvkEntity  *entity;     /* what the row says: a copy of existing, or new */
  CvkEntity  *existing;   /* the entity of the document with this ID */
  GArray     *deps;       /* timeline: of DepSpec */
  guint       depth;      /* timeline: number of ancestors */
} Row;

typedef struct
{
  CvkStore        *store;
  CvkCsvKind       kind;
  const KindInfo  *info;
  const char      *name;
  char           **columns;
  guint            n_columns;
  GPtrArray       *rows;        /* of Row */
  GHashTable      *by_id;       /* id -> Row (borrowed) */
  CvkCountries    *countries;
  CvkRegionScheme  scheme;
  char             base_currency[4];
  GHashTable      *editions;    /* budget: edition -> workshop id */
  guint            next_dep_number;
} Import;

static void
dep_spec_clear (gpointer data)
{
  DepSpec *spec = data;

  g_clear_pointer (&spec->predecessor, g_free);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  g_strfreev (row->cells);
  g_clear_object (&row->entity);
  g_clear_object (&row->existing);
  g_clear_pointer (&row->deps, g_array_unref);
  g_free (row);
}

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->columns, g_strfreev);
  g_clear_pointer (&imp->rows, g_ptr_array_unref);
  g_clear_pointer (&imp->by_id, g_hash_table_unref);
  g_clear_pointer (&imp->editions, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

static gboolean fail (Import      *imp,
                      GError     **error,
                      CvkCsvError  code,
                      guint        line,
                      const char  *format,
                      ...) G_GNUC_PRINTF (5, 6);

/* Sets @error to "NAME:LINE: MESSAGE" and returns FALSE. */
static gboolean
fail (Import      *imp,
      GError     **error,
      CvkCsvError  code,
      guint        line,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, CVK_CSV_ERROR, code, "%s:%u: %s", imp->name, line, message);
  else
    g_set_error (error, CVK_CSV_ERROR, code, "%s: %s", imp->name, message);

  return FALSE;
}

/* A cell that holds a code (ID, nick, date, number): spaces around it do
 * not count. */
static const char *
code_cell (Row   *row,
           guint  column)
{
  return g_strstrip (row->cells[column]);
}

static void
read_text (Row   *row,
           guint  column,
           guint  field)
{
  cvk_entity_set_string (row->entity, field, cvk_csv_unguard_text (row->cells[column]));
}

static char *
dup_enum_choices (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, klass->values[i].value_nick);
    }

  return g_string_free (s, FALSE);
}

static gboolean
read_enum (Import  *imp,
           Row     *row,
           guint    column,
           guint    field,
           int      fallback,
           GError **error)
{
  const CvkField *fields = cvk_entity_class_get_fields (CVK_ENTITY_GET_CLASS (row->entity), NULL);
  GType enum_type = fields[field].enum_type ();
  const char *text = code_cell (row, column);
  int value = fallback;

  if (text[0] != '\0' && !cvk_enum_from_nick (enum_type, text, &value))
    {
      g_autofree char *choices = dup_enum_choices (enum_type);

      return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                   _("%s: “%s” is not one of %s"), imp->columns[column], text, choices);
    }

  cvk_entity_set_enum (row->entity, field, value);
  return TRUE;
}

static gboolean
read_bool (Import  *imp,
           Row     *row,
           guint    column,
           guint    field,
           GError **error)
{
  const char *text = code_cell (row, column);

  if (text[0] == '\0' || g_ascii_strcasecmp (text, "no") == 0)
    cvk_entity_set_bool (row->entity, field, FALSE);
  else if (g_ascii_strcasecmp (text, "yes") == 0)
    cvk_entity_set_bool (row->entity, field, TRUE);
  else
    return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                 _("%s: “%s” is neither yes nor no"), imp->columns[column], text);

  return TRUE;
}

static gboolean
read_date (Import  *imp,
           Row     *row,
           guint    column,
           guint    field,
           GError **error)
{
  const char *text = code_cell (row, column);
  GDate date;

  if (text[0] == '\0')
    {
      cvk_entity_set_date (row->entity, field, NULL);
      return TRUE;
    }

  if (!cvk_date_parse_iso (text, &date))
    return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                 _("%s: “%s” is not a date (YYYY-MM-DD)"), imp->columns[column], text);

  cvk_entity_set_date (row->entity, field, &date);
  return TRUE;
}

static gboolean
read_int (Import  *imp,
          Row     *row,
          guint    column,
          int      min,
          int      max,
          gint64  *value,
          GError **error)
{
  const char *text = code_cell (row, column);

  *value = 0;
  if (text[0] == '\0')
    return TRUE;

  if (!g_ascii_string_to_signed (text, 10, min, max, value, NULL))
    return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                 _("%s: “%s” is not a whole number from %d to %d"),
                 imp->columns[column], text, (int) min, (int) max);

  return TRUE;
}

static gboolean
read_country (Import  *imp,
              Row     *row,
              guint    column,
              guint    field,
              GError **error)
{
  const char *text = code_cell (row, column);
  g_autofree char *code = g_ascii_strup (text, -1);

  if (code[0] != '\0' &&
      (strlen (code) != 2 || cvk_countries_lookup (imp->countries, code) == NULL))
    return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                 _("“%s” is not a country code (ISO 3166-1 alpha-2)"), text);

  cvk_entity_set_string (row->entity, field, code);
  return TRUE;
}

static gboolean
read_id (Import  *imp,
         Row     *row,
         GError **error)
{
  const char *id = code_cell (row, 0);
  CvkEntity *existing;
  Row *other;

  if (id[0] == '\0')
    return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line, _("the ID is empty"));

  for (const char *p = id; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                     _("the ID “%s” has a space in it"), id);
    }

  if (strchr ("=+-@'", id[0]) != NULL)
    return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                 _("the ID “%s” starts with “%c”"), id, id[0]);

  other = g_hash_table_lookup (imp->by_id, id);
  if (other != NULL)
    return fail (imp, error, CVK_CSV_ERROR_DUPLICATE, row->line,
                 _("the ID “%s” is already on line %u"), id, other->line);

  g_hash_table_insert (imp->by_id, (gpointer) id, row);

  existing = cvk_store_lookup (imp->store, imp->info->get_type (), id);
  if (existing != NULL)
    {
      row->existing = g_object_ref (existing);
      row->entity = cvk_entity_copy (existing);
    }
  else
    row->entity = cvk_entity_new (imp->info->get_type (), id);

  return TRUE;
}

/* The timeline */

static gboolean
check_period (Import  *imp,
              Row     *row,
              GError **error)
{
  CvkItem *item = CVK_ITEM (row->entity);
  const GDate *start = cvk_item_get_start (item);
  const GDate *end = cvk_item_get_end (item);
  CvkPrecision precision = cvk_item_get_precision (item);
  const char *unit = cvk_enum_to_nick (CVK_TYPE_PRECISION, precision);
  GDate first, last;

  if (start != NULL && end != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      CvkPeriod period;

      if (!cvk_period_init (&period, start, end, precision, &local_error))
        return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line, "%s", local_error->message);
    }
  else if (start != NULL)
    {
      cvk_date_unit_bounds (start, precision, &first, &last);
      if (g_date_compare (&first, start) != 0)
        return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                     _("Start: %s is not the first day of a %s"),
                     code_cell (row, TL_START), unit);
    }
  else if (end != NULL)
    {
      cvk_date_unit_bounds (end, precision, &first, &last);
      if (g_date_compare (&last, end) != 0)
        return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                     _("End: %s is not the last day of a %s"),
                     code_cell (row, TL_END), unit);
    }

  return TRUE;
}

static gboolean
read_timeline_row (Import  *imp,
                   Row     *row,
                   GError **error)
{
  const char *owner;
  gint64 progress;

  read_text (row, TL_NAME, CVK_ITEM_NAME);

  if (!read_enum (imp, row, TL_KIND, CVK_ITEM_KIND, CVK_ITEM_KIND_TASK, error) ||
      !read_enum (imp, row, TL_BODY, CVK_ITEM_BODY, CVK_BODY_NONE, error) ||
      !read_date (imp, row, TL_START, CVK_ITEM_START, error) ||
      !read_date (imp, row, TL_END, CVK_ITEM_END, error) ||
      !read_enum (imp, row, TL_PRECISION, CVK_ITEM_PRECISION, CVK_PRECISION_DAY, error) ||
      !read_enum (imp, row, TL_STATUS, CVK_ITEM_STATUS, CVK_DATE_STATUS_FIXED, error) ||
      !check_period (imp, row, error))
    return FALSE;

  /* Parent and Depends on may name items further down the file: they are
   * checked once every row is read. */
  cvk_entity_set_string (row->entity, CVK_ITEM_PARENT, code_cell (row, TL_PARENT));

  owner = code_cell (row, TL_OWNER);
  if (owner[0] != '\0' && cvk_store_lookup (imp->store, CVK_TYPE_MEMBER, owner) == NULL)
    return fail (imp, error, CVK_CSV_ERROR_REFERENCE, row->line,
                 _("Owner: there is no member “%s” in the roster"), owner);
  cvk_entity_set_string (row->entity, CVK_ITEM_OWNER, owner);

  if (!read_int (imp, row, TL_PROGRESS, 0, 100, &progress, error))
    return FALSE;
  cvk_entity_set_int (row->entity, CVK_ITEM_PROGRESS, progress);

  read_text (row, TL_NOTES, CVK_ITEM_NOTES);

  return TRUE;
}

static gboolean
item_known (Import     *imp,
            const char *id)
{
  return g_hash_table_contains (imp->by_id, id) ||
         cvk_store_lookup (imp->store, CVK_TYPE_ITEM, id) != NULL;
}

/* ID[:TYPE][+Nd|-Nd] */
static gboolean
split_dependency (const char         *token,
                  char              **id,
                  CvkDependencyType  *relation,
                  gint64             *lag)
{
  gsize end = strlen (token);
  g_autofree char *base = NULL;
  char *colon;

  *relation = CVK_DEPENDENCY_FS;
  *lag = 0;

  if (end > 0 && (token[end - 1] == 'd' || token[end - 1] == 'D'))
    {
      gsize i = end - 1;

      while (i > 0 && g_ascii_isdigit (token[i - 1]))
        i--;

      /* digits, a sign before them, and something before the sign */
      if (i < end - 1 && i >= 2 && (token[i - 1] == '+' || token[i - 1] == '-'))
        {
          g_autofree char *number = g_strndup (token + i - 1, end - i);

          if (!g_ascii_string_to_signed (number, 10, -MAX_LAG_DAYS, MAX_LAG_DAYS, lag, NULL))
            return FALSE;
          end = i - 1;
        }
    }

  base = g_strndup (token, end);
  colon = strrchr (base, ':');
  if (colon != NULL)
    {
      int value;

      if (!cvk_enum_from_nick (CVK_TYPE_DEPENDENCY_TYPE, colon + 1, &value))
        return FALSE;
      *relation = value;
      *colon = '\0';
    }

  if (base[0] == '\0')
    return FALSE;

  *id = g_steal_pointer (&base);
  return TRUE;
}

static gboolean
read_depends_on (Import  *imp,
                 Row     *row,
                 GError **error)
{
  g_auto(GStrv) tokens = g_strsplit_set (row->cells[TL_DEPENDS_ON], " \t\r\n,;", -1);
  const char *id = cvk_entity_get_id (row->entity);

  row->deps = g_array_new (FALSE, TRUE, sizeof (DepSpec));
  g_array_set_clear_func (row->deps, dep_spec_clear);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *token = tokens[i];
      DepSpec spec = { NULL, CVK_DEPENDENCY_FS, 0 };

      if (token[0] == '\0')
        continue;

      /* An ID that looks like ID+Nd is still that ID. */
      if (item_known (imp, token))
        spec.predecessor = g_strdup (token);
      else if (!split_dependency (token, &spec.predecessor, &spec.relation, &spec.lag))
        return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                     _("Depends on: “%s” is not ID, ID:TYPE, ID+Nd or ID:TYPE-Nd "
                       "(TYPE one of FS, SS, FF, SF; N a number of days)"), token);

      if (!item_known (imp, spec.predecessor))
        {
          fail (imp, error, CVK_CSV_ERROR_REFERENCE, row->line,
                _("Depends on: there is no item “%s” in the document or the file"),
                spec.predecessor);
          dep_spec_clear (&spec);
          return FALSE;
        }

      if (g_str_equal (spec.predecessor, id))
        {
          dep_spec_clear (&spec);
          return fail (imp, error, CVK_CSV_ERROR_CYCLE, row->line,
                       _("Depends on: “%s” cannot depend on itself"), id);
        }

      for (guint j = 0; j < row->deps->len; j++)
        {
          DepSpec *other = &g_array_index (row->deps, DepSpec, j);

          if (g_str_equal (other->predecessor, spec.predecessor) &&
              other->relation == spec.relation)
            {
              dep_spec_clear (&spec);
              return fail (imp, error, CVK_CSV_ERROR_DUPLICATE, row->line,
                           _("Depends on: “%s” is there twice"), token);
            }
        }

      g_array_append_val (row->deps, spec);
    }

  return TRUE;
}

/* The parent of @id once the file is applied. */
static const char *
merged_parent (Import     *imp,
               const char *id)
{
  Row *row = g_hash_table_lookup (imp->by_id, id);
  CvkItem *item;

  if (row != NULL)
    return cvk_item_get_parent (CVK_ITEM (row->entity));

  item = cvk_store_lookup (imp->store, CVK_TYPE_ITEM, id);
  return item != NULL ? cvk_item_get_parent (item) : "";
}

/* Checks that the parents named in the file exist and go round in no
 * circle, and counts each row's ancestors. */
static gboolean
check_parents (Import  *imp,
               GError **error)
{
  for (guint i = 0; i < imp->rows->len; i++)
    {
      Row *row = g_ptr_array_index (imp->rows, i);
      const char *id = cvk_entity_get_id (row->entity);
      const char *parent = cvk_item_get_parent (CVK_ITEM (row->entity));
      g_autoptr(GHashTable) seen = NULL;
      g_autoptr(GPtrArray) path = NULL;

      if (parent[0] == '\0')
        continue;

      if (!item_known (imp, parent))
        return fail (imp, error, CVK_CSV_ERROR_REFERENCE, row->line,
                     _("Parent: there is no item “%s” in the document or the file"), parent);

      seen = g_hash_table_new (g_str_hash, g_str_equal);
      path = g_ptr_array_new ();
      g_hash_table_add (seen, (gpointer) id);
      g_ptr_array_add (path, (gpointer) id);

      for (const char *up = parent; up[0] != '\0'; up = merged_parent (imp, up))
        {
          if (g_str_equal (up, id))
            {
              g_autofree char *circle = cvk_cycle_to_string (path);   /* path[0] is id */

              return fail (imp, error, CVK_CSV_ERROR_CYCLE, row->line,
                           _("Parent: the parents go round in a circle: %s"), circle);
            }

          /* A circle above this row that does not pass through it is
           * reported on a row of the circle (or was in the document). */
          if (!g_hash_table_add (seen, (gpointer) up))
            break;
          g_ptr_array_add (path, (gpointer) up);
        }

      row->depth = path->len - 1;
    }

  return TRUE;
}

/* A circle made by the file's dependencies (one that runs only through
 * items the file does not list was there before and is not the file's
 * business: `convoke --check` reports it).  The graph is that of the
 * document once the file is applied: the dependencies of the items the
 * file lists are those of the file. */
static gboolean
check_dependency_cycles (Import  *imp,
                         GError **error)
{
  g_autoptr(GPtrArray) deps = model_to_array (imp->store, CVK_TYPE_DEPENDENCY);
  g_autoptr(CvkDependencyGraph) graph = cvk_dependency_graph_new (0);

  for (guint i = 0; i < deps->len; i++)
    {
      CvkDependency *dep = g_ptr_array_index (deps, i);

      if (!g_hash_table_contains (imp->by_id, cvk_dependency_get_successor (dep)))
        cvk_dependency_graph_add_edge_by_id (graph, cvk_dependency_get_predecessor (dep),
                                             cvk_dependency_get_successor (dep));
    }

  for (guint i = 0; i < imp->rows->len; i++)
    {
      Row *row = g_ptr_array_index (imp->rows, i);

      for (guint j = 0; j < row->deps->len; j++)
        cvk_dependency_graph_add_edge_by_id (graph, g_array_index (row->deps, DepSpec, j).predecessor,
                                             cvk_entity_get_id (row->entity));
    }

  /* Self-loops were refused with the row: a circle is a component of more
   * than one item.  The first row of the file on one names it, with a
   * shortest way from that row back to itself, the successors taken in
   * the order of the dependencies: "A → B → A". */
  for (guint i = 0; i < imp->rows->len; i++)
    {
      Row *row = g_ptr_array_index (imp->rows, i);
      g_autoptr(GArray) cycle = NULL;
      g_autoptr(GPtrArray) ids = NULL;
      g_autofree char *circle = NULL;
      guint node;

      if (!cvk_dependency_graph_lookup_node (graph, cvk_entity_get_id (row->entity), &node))
        continue;
      cycle = cvk_dependency_graph_shortest_cycle (graph, node, NULL, NULL);
      if (cycle == NULL)
        continue;

      ids = g_ptr_array_sized_new (cycle->len);
      for (guint j = 0; j < cycle->len; j++)
        g_ptr_array_add (ids, (char *) cvk_dependency_graph_get_node_id (graph, g_array_index (cycle, guint, j)));
      circle = cvk_cycle_to_string (ids);

      return fail (imp, error, CVK_CSV_ERROR_CYCLE, row->line,
                   _("Depends on: the dependencies go round in a circle: %s"), circle);
    }

  return TRUE;
}

static gboolean
resolve_timeline (Import  *imp,
                  GError **error)
{
  for (guint i = 0; i < imp->rows->len; i++)
    if (!read_depends_on (imp, g_ptr_array_index (imp->rows, i), error))
      return FALSE;

  return check_parents (imp, error) && check_dependency_cycles (imp, error);
}

/* The roster */

static gboolean
read_roster_row (Import  *imp,
                 Row     *row,
                 GError **error)
{
  const char *region;
  const char *country;

  read_text (row, RO_NAME, CVK_MEMBER_NAME);

  if (!read_enum (imp, row, RO_ROLE, CVK_MEMBER_ROLE, CVK_ROLE_OTHER, error))
    return FALSE;

  /* The region stays as written; empty means "the region of the country". */
  region = code_cell (row, RO_REGION);
  if (region[0] != '\0' &&
      !cvk_region_is_valid (imp->scheme, region) &&
      !cvk_region_is_valid (imp->scheme == CVK_REGION_SCHEME_ITU_ADMIN
                              ? CVK_REGION_SCHEME_ITU_D
                              : CVK_REGION_SCHEME_ITU_ADMIN, region))
    {
      const char * const *regions = cvk_region_scheme_regions (imp->scheme);
      g_autofree char *choices = g_strjoinv (", ", (char **) regions);

      return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                   _("Region: “%s” is not one of %s"), region, choices);
    }

  if (!read_country (imp, row, RO_COUNTRY, CVK_MEMBER_COUNTRY, error))
    return FALSE;

  /* The region of the country is what an empty region means: the member
   * keeps following its country (and importing an export changes nothing). */
  country = cvk_member_get_country (CVK_MEMBER (row->entity));
  if (country[0] != '\0' &&
      g_strcmp0 (region, cvk_countries_region (imp->countries, country, imp->scheme)) == 0)
    region = "";
  cvk_entity_set_string (row->entity, CVK_MEMBER_REGION, region);

  read_text (row, RO_ORGANIZATION, CVK_MEMBER_ORGANIZATION);
  read_text (row, RO_EMAIL, CVK_MEMBER_EMAIL);

  if (!read_enum (imp, row, RO_GENDER, CVK_MEMBER_GENDER, CVK_GENDER_UNDISCLOSED, error) ||
      !read_bool (imp, row, RO_YOUTH, CVK_MEMBER_YOUTH, error) ||
      !read_enum (imp, row, RO_STATUS, CVK_MEMBER_STATUS, CVK_MEMBER_STATUS_VACANT, error))
    return FALSE;

  read_text (row, RO_JUSTIFICATION, CVK_MEMBER_JUSTIFICATION);

  return TRUE;
}

/* The budget */

static gboolean
read_amount (Import     *imp,
             Row        *row,
             guint       column,
             guint       field,
             const char *currency,
             GError    **error)
{
  const char *text = code_cell (row, column);
  g_autoptr(GError) local_error = NULL;
  CvkMoney money;

  if (text[0] == '\0')
    {
      cvk_entity_set_int (row->entity, field, 0);
      return TRUE;
    }

  if (!cvk_money_parse (text, currency, &money, &local_error))
    return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                 "%s: %s", imp->columns[column], local_error->message);

  cvk_entity_set_int (row->entity, field, money.minor);
  return TRUE;
}

static gboolean
read_budget_row (Import  *imp,
                 Row     *row,
                 GError **error)
{
  const char *edition_text = code_cell (row, BU_WORKSHOP);
  g_autofree char *currency = NULL;

  if (edition_text[0] == '\0')
    cvk_entity_set_string (row->entity, CVK_BUDGET_LINE_WORKSHOP, "");
  else
    {
      gint64 edition;
      const char *workshop;

      if (!g_ascii_string_to_signed (edition_text, 10, 1, G_MAXINT, &edition, NULL))
        return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                     _("Workshop: “%s” is not a workshop number (1, 2, 3 …)"), edition_text);

      workshop = g_hash_table_lookup (imp->editions, GINT_TO_POINTER ((int) edition));
      if (workshop == NULL)
        return fail (imp, error, CVK_CSV_ERROR_REFERENCE, row->line,
                     _("Workshop: the document has no workshop %d"), (int) edition);
      cvk_entity_set_string (row->entity, CVK_BUDGET_LINE_WORKSHOP, workshop);
    }

  read_text (row, BU_CATEGORY, CVK_BUDGET_LINE_CATEGORY);
  read_text (row, BU_DESCRIPTION, CVK_BUDGET_LINE_DESCRIPTION);

  /* No currency is the document's own. */
  currency = g_ascii_strup (code_cell (row, BU_CURRENCY), -1);
  if (currency[0] == '\0')
    {
      g_free (currency);
      currency = g_strdup (imp->base_currency);
    }
  if (!cvk_currency_is_valid (currency))
    return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                 _("Currency: “%s” is not a currency code (ISO 4217, such as CHF)"),
                 code_cell (row, BU_CURRENCY));
  cvk_entity_set_string (row->entity, CVK_BUDGET_LINE_CURRENCY, currency);

  return read_amount (imp, row, BU_PLANNED, CVK_BUDGET_LINE_PLANNED, currency, error) &&
         read_amount (imp, row, BU_COMMITTED, CVK_BUDGET_LINE_COMMITTED, currency, error) &&
         read_amount (imp, row, BU_ACTUAL, CVK_BUDGET_LINE_ACTUAL, currency, error);
}

/* The contacts */

static gboolean
read_contact_row (Import  *imp,
                  Row     *row,
                  GError **error)
{
  g_autofree char *editions = NULL;
  g_auto(GStrv) tokens = NULL;

  read_text (row, CO_NAME, CVK_CONTACT_NAME);
  read_text (row, CO_EMAIL, CVK_CONTACT_EMAIL);
  read_text (row, CO_ORGANIZATION, CVK_CONTACT_ORGANIZATION);
  read_text (row, CO_ORGANIZATION_TYPE, CVK_CONTACT_ORGANIZATION_TYPE);

  if (!read_country (imp, row, CO_COUNTRY, CVK_CONTACT_COUNTRY, error))
    return FALSE;

  read_text (row, CO_LANGUAGE, CVK_CONTACT_LANGUAGE);

  if (!read_enum (imp, row, CO_GENDER, CVK_CONTACT_GENDER, CVK_GENDER_UNDISCLOSED, error))
    return FALSE;

  editions = normalize_editions (row->cells[CO_PREVIOUS_WORKSHOPS]);
  tokens = g_strsplit (editions, " ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      guint64 edition;

      if (tokens[i][0] != '\0' &&
          !g_ascii_string_to_unsigned (tokens[i], 10, 1, G_MAXINT, &edition, NULL))
        return fail (imp, error, CVK_CSV_ERROR_VALUE, row->line,
                     _("Previous workshops: “%s” is not a workshop number"), tokens[i]);
    }
  cvk_entity_set_string (row->entity, CVK_CONTACT_PREVIOUS_WORKSHOPS, editions);

  return TRUE;
}

/* Reading the whole file */

static gboolean
check_header (Import  *imp,
              char   **fields,
              guint    line,
              GError **error)
{
  gboolean same = g_strv_length (fields) == imp->n_columns;

  for (guint i = 0; same && i < imp->n_columns; i++)
    same = g_str_equal (fields[i], imp->columns[i]);

  if (!same)
    return fail (imp, error, CVK_CSV_ERROR_HEADER, line,
                 _("this is not a %s file: its first line must be “%s”"),
                 imp->info->name, imp->info->header);

  return TRUE;
}

static gboolean
read_row (Import  *imp,
          Row     *row,
          GError **error)
{
  if (!read_id (imp, row, error))
    return FALSE;

  switch (imp->kind)
    {
    case CVK_CSV_TIMELINE:
      return read_timeline_row (imp, row, error);
    case CVK_CSV_ROSTER:
      return read_roster_row (imp, row, error);
    case CVK_CSV_BUDGET:
      return read_budget_row (imp, row, error);
    case CVK_CSV_CONTACTS:
      return read_contact_row (imp, row, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_file (Import  *imp,
           GBytes  *data,
           GError **error)
{
  g_autoptr(CvkCsvReader) reader = NULL;
  gboolean header_seen = FALSE;

  reader = cvk_csv_reader_new (imp->name, data, error);
  if (reader == NULL)
    return FALSE;

  for (;;)
    {
      g_auto(GStrv) fields = NULL;
      guint line = 0;
      guint n_fields;
      Row *row;

      if (!cvk_csv_reader_iterate (reader, &fields, &line, error))
        return FALSE;
      if (fields == NULL)
        break;

      /* Blank lines (a spreadsheet may leave some at the end) say nothing. */
      n_fields = g_strv_length (fields);
      if (n_fields == 1 && fields[0][0] == '\0')
        continue;

      if (!header_seen)
        {
          if (!check_header (imp, fields, line, error))
            return FALSE;
          header_seen = TRUE;
          continue;
        }

      if (n_fields != imp->n_columns)
        return fail (imp, error, CVK_CSV_ERROR_COLUMNS, line,
                     ngettext ("%u cell where the header has %u", "%u cells where the header has %u",
                               n_fields),
                     n_fields, imp->n_columns);

      row = g_new0 (Row, 1);
      row->index = imp->rows->len;
      row->line = line;
      row->cells = g_steal_pointer (&fields);
      g_ptr_array_add (imp->rows, row);

      if (!read_row (imp, row, error))
        return FALSE;
    }

  if (!header_seen)
    return fail (imp, error, CVK_CSV_ERROR_HEADER, 0,
                 _("the file is empty: a %s file starts with the line “%s”"),
                 imp->info->name, imp->info->header);

  return TRUE;
}

/* Applying */

static gboolean
apply_row (Import  *imp,
           Row     *row,
           GError **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (row->existing != NULL)
    {
      if (cvk_entity_equal (row->entity, row->existing))
        return TRUE;
      ok = cvk_store_update (imp->store, row->entity, &local_error);
    }
  else
    ok = cvk_store_insert (imp->store, row->entity, &local_error);

  if (!ok)
    return fail (imp, error, CVK_CSV_ERROR_STORE, row->line, "%s", local_error->message);

  return TRUE;
}

static int
compare_rows_by_depth (gconstpointer a,
                       gconstpointer b)
{
  const Row *ra = *(const Row **) a;
  const Row *rb = *(const Row **) b;

  if (ra->depth != rb->depth)
    return ra->depth < rb->depth ? -1 : 1;

  return ra->index < rb->index ? -1 : ra->index > rb->index;
}

/* New items go after their brothers, in the order of the file. */
static void
place_new_items (Import *imp)
{
  g_autoptr(GPtrArray) items = model_to_array (imp->store, CVK_TYPE_ITEM);
  g_autoptr(GHashTable) next = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < items->len; i++)
    {
      CvkItem *item = g_ptr_array_index (items, i);
      Row *row = g_hash_table_lookup (imp->by_id, cvk_entity_get_id (CVK_ENTITY (item)));
      const char *parent = row ? cvk_item_get_parent (CVK_ITEM (row->entity))
                               : cvk_item_get_parent (item);
      gint64 position = cvk_item_get_position (item) + 1;
      gint64 *slot = g_hash_table_lookup (next, parent);

      if (slot == NULL)
        g_hash_table_insert (next, g_strdup (parent), g_memdup2 (&position, sizeof position));
      else if (*slot < position)
        *slot = position;
    }

  for (guint i = 0; i < imp->rows->len; i++)
    {
      Row *row = g_ptr_array_index (imp->rows, i);
      const char *parent = cvk_item_get_parent (CVK_ITEM (row->entity));
      gint64 *slot;

      if (row->existing != NULL)
        continue;

      slot = g_hash_table_lookup (next, parent);
      if (slot == NULL)
        {
          gint64 zero = 0;

          slot = g_memdup2 (&zero, sizeof zero);
          g_hash_table_insert (next, g_strdup (parent), slot);
        }

      cvk_entity_set_int (row->entity, CVK_ITEM_POSITION, *slot);
      (*slot)++;
    }
}

/* New dependencies are numbered after the document's: D42, D43 ...  The
 * store's index is only brought up to date at the commit, so the numbers
 * given during the import are counted here. */
static char *
new_dependency_id (Import *imp)
{
  if (imp->next_dep_number == 0)
    {
      g_autofree char *first = cvk_store_next_id (imp->store, CVK_TYPE_DEPENDENCY, "D");
      guint64 n = 0;

      if (first == NULL ||
          !g_ascii_string_to_unsigned (first + 1, 10, 1, G_MAXUINT32 - 1, &n, NULL))
        n = 1;
      imp->next_dep_number = (guint) n;
    }

  for (;;)
    {
      char *id = g_strdup_printf ("D%02u", imp->next_dep_number++);

      if (cvk_store_lookup (imp->store, CVK_TYPE_DEPENDENCY, id) == NULL)
        return id;
      g_free (id);
    }
}

/* The dependencies of each item of the file become those of its row; one
 * that stays keeps its ID. */
static gboolean
apply_dependencies (Import  *imp,
                    GError **error)
{
  g_autoptr(GPtrArray) all = model_to_array (imp->store, CVK_TYPE_DEPENDENCY);
  g_autoptr(GHashTable) deps_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < all->len; i++)
    {
      CvkDependency *dep = g_ptr_array_index (all, i);
      const char *successor = cvk_dependency_get_successor (dep);
      GPtrArray *list = g_hash_table_lookup (deps_of, successor);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (deps_of, (gpointer) successor, list);
        }
      g_ptr_array_add (list, dep);
    }

  for (guint i = 0; i < imp->rows->len; i++)
    {
      Row *row = g_ptr_array_index (imp->rows, i);
      const char *id = cvk_entity_get_id (row->entity);
      GPtrArray *deps = g_hash_table_lookup (deps_of, id);
      g_autofree gboolean *kept = g_new0 (gboolean, row->deps->len + 1);

      for (guint j = 0; deps != NULL && j < deps->len; j++)
        {
          CvkDependency *dep = g_ptr_array_index (deps, j);
          g_autoptr(GError) local_error = NULL;
          gboolean ok = TRUE;
          guint k;

          for (k = 0; k < row->deps->len; k++)
            {
              DepSpec *spec = &g_array_index (row->deps, DepSpec, k);

              if (!kept[k] &&
                  g_str_equal (spec->predecessor, cvk_dependency_get_predecessor (dep)) &&
                  spec->relation == cvk_dependency_get_relation (dep))
                break;
            }

          if (k < row->deps->len)
            {
              DepSpec *spec = &g_array_index (row->deps, DepSpec, k);

              kept[k] = TRUE;
              if (spec->lag != cvk_dependency_get_lag (dep))
                {
                  g_autoptr(CvkEntity) copy = cvk_entity_copy (CVK_ENTITY (dep));

                  cvk_entity_set_int (copy, CVK_DEPENDENCY_LAG, spec->lag);
                  ok = cvk_store_update (imp->store, copy, &local_error);
                }
            }
          else
            {
              ok = cvk_store_delete (imp->store, CVK_ENTITY (dep), &local_error);
            }

          if (!ok)
            return fail (imp, error, CVK_CSV_ERROR_STORE, row->line, "%s", local_error->message);
        }

      for (guint k = 0; k < row->deps->len; k++)
        {
          DepSpec *spec = &g_array_index (row->deps, DepSpec, k);
          g_autoptr(GError) local_error = NULL;
          g_autoptr(CvkEntity) dep = NULL;
          g_autofree char *dep_id = NULL;

          if (kept[k])
            continue;

          dep_id = new_dependency_id (imp);
          dep = CVK_ENTITY (cvk_dependency_new (dep_id));
          cvk_entity_set_string (dep, CVK_DEPENDENCY_PREDECESSOR, spec->predecessor);
          cvk_entity_set_string (dep, CVK_DEPENDENCY_SUCCESSOR, id);
          cvk_entity_set_enum (dep, CVK_DEPENDENCY_RELATION, spec->relation);
          cvk_entity_set_int (dep, CVK_DEPENDENCY_LAG, spec->lag);

          if (!cvk_store_insert (imp->store, dep, &local_error))
            return fail (imp, error, CVK_CSV_ERROR_STORE, row->line, "%s", local_error->message);
        }
    }

  return TRUE;
}

static gboolean
apply (Import  *imp,
       GError **error)
{
  g_autoptr(GPtrArray) order = g_ptr_array_copy (imp->rows, NULL, NULL);

  /* The copy would free the rows too. */
  g_ptr_array_set_free_func (order, NULL);

  if (imp->kind == CVK_CSV_TIMELINE)
    {
      place_new_items (imp);
      /* Parents before children, so that every parent exists in time. */
      g_ptr_array_sort (order, compare_rows_by_depth);
    }

  for (guint i = 0; i < order->len; i++)
    if (!apply_row (imp, g_ptr_array_index (order, i), error))
      return FALSE;

  if (imp->kind == CVK_CSV_TIMELINE)
    return apply_dependencies (imp, error);

  return TRUE;
}

static void
load_settings (Import *imp)
{
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (imp->store);

  imp->scheme = CVK_REGION_SCHEME_ITU_ADMIN;
  g_strlcpy (imp->base_currency, "CHF", sizeof imp->base_currency);

  if (settings != NULL)
    {
      imp->scheme = settings->region_scheme;
      if (cvk_currency_is_valid (settings->base_currency))
        g_strlcpy (imp->base_currency, settings->base_currency, sizeof imp->base_currency);
    }
}

static void
collect_editions (Import *imp)
{
  g_autoptr(GPtrArray) workshops = model_to_array (imp->store, CVK_TYPE_WORKSHOP);

  imp->editions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < workshops->len; i++)
    {
      CvkWorkshop *workshop = g_ptr_array_index (workshops, i);
      gint64 edition = cvk_workshop_get_edition (workshop);

      if (edition > 0 && edition <= G_MAXINT)
        g_hash_table_insert (imp->editions, GINT_TO_POINTER ((int) edition),
                             g_strdup (cvk_entity_get_id (CVK_ENTITY (workshop))));
    }
}

gboolean
cvk_csv_import (CvkStore    *store,
                CvkCsvKind   kind,
                const char  *display_name,
                GBytes      *data,
                GError     **error)
{
  g_auto(Import) imp = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CVK_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_infos), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  imp.store = store;
  imp.kind = kind;
  imp.info = &kind_infos[kind];
  imp.name = display_name;
  imp.columns = g_strsplit (imp.info->header, ",", -1);
  imp.n_columns = g_strv_length (imp.columns);
  imp.rows = g_ptr_array_new_with_free_func (row_free);
  imp.by_id = g_hash_table_new (g_str_hash, g_str_equal);
  imp.countries = cvk_store_get_countries (store);
  load_settings (&imp);

  g_return_val_if_fail (imp.countries != NULL, FALSE);

  if (kind == CVK_CSV_BUDGET)
    collect_editions (&imp);

  /* Everything is checked before the document is touched. */
  if (!read_file (&imp, data, error))
    return FALSE;

  if (kind == CVK_CSV_TIMELINE && !resolve_timeline (&imp, error))
    return FALSE;

  if (imp.rows->len == 0)
    return TRUE;

  label = g_strdup_printf (_("Import %s"), display_name);
  if (!cvk_store_begin (store, label, &local_error))
    return fail (&imp, error, CVK_CSV_ERROR_STORE, 0, "%s", local_error->message);

  if (!apply (&imp, error))
    {
      cvk_store_rollback (store);
      return FALSE;
    }

  /* A file that changes nothing leaves no step to undo: the store makes
   * none for a group without edits. */
  if (!cvk_store_commit (store, &local_error))
    {
      if (cvk_store_in_transaction (store))
        cvk_store_rollback (store);
      return fail (&imp, error, CVK_CSV_ERROR_STORE, 0, "%s", local_error->message);
    }

  return TRUE;
}

gboolean
cvk_csv_import_file (CvkStore    *store,
                     CvkCsvKind   kind,
                     GFile       *file,
                     GError     **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (CVK_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = dup_display_name (file);

  data = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (data == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
      return FALSE;
    }

  return cvk_csv_import (store, kind, name, data, error);
}
