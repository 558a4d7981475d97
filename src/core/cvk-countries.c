/* cvk-countries.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shipped table is parsed once and shared by every CvkCountries (it is
 * never modified after parsing); each instance keeps its own overrides, so
 * that two open documents can correct the same country differently.
 */

#define G_LOG_DOMAIN "cvk-countries"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <string.h>

#include "cvk-countries.h"

#define COUNTRIES_RESOURCE RESOURCE_PREFIX "/core/countries.csv"

G_DEFINE_QUARK (cvk-countries-error-quark, cvk_countries_error)

static const char * const admin_regions[] = {
  "A", "B", "C", "D", "E", NULL
};

static const char * const itu_d_regions[] = {
  "Africa", "Americas", "Arab States", "Asia-Pacific", "CIS", "Europe", NULL
};

/* The parsed table, shared between instances (a GRcBox). */
typedef struct
{
  GArray     *countries;  /* of CvkCountry, in the order of the file */
  GHashTable *by_code;    /* upper-case code -> index + 1 */
} CountryTable;

struct _CvkCountries
{
  GObject       parent_instance;

  CountryTable *table;
  GHashTable   *overrides;  /* upper-case code -> GINT_TO_POINTER ('A' .. 'E') */
};

G_DEFINE_FINAL_TYPE (CvkCountries, cvk_countries, G_TYPE_OBJECT)

/* RFC 4180 reading ------------------------------------------------------- */

typedef struct
{
  const char *p;
  const char *end;
  guint       line;   /* of p, from 1 */
} CsvReader;

static void
csv_reader_init (CsvReader  *reader,
                 const char *text,
                 gsize       length)
{
  reader->p = text;
  reader->end = text + length;
  reader->line = 1;

  /* A UTF-8 byte order mark is not part of the first column's name. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    reader->p += 3;
}

static gboolean
csv_at_line_end (const CsvReader *reader)
{
  const char *p = reader->p;

  return *p == '\n' || (*p == '\r' && p + 1 < reader->end && p[1] == '\n');
}

/* Reads one record into @fields (emptied first) and sets @record_line to
 * the line it starts on.  Returns FALSE at the end of the text, and FALSE
 * with @error set on a malformed record. */
static gboolean
csv_read_record (CsvReader  *reader,
                 GPtrArray  *fields,
                 guint      *record_line,
                 GError    **error)
{
  g_ptr_array_set_size (fields, 0);
  *record_line = reader->line;

  if (reader->p >= reader->end)
    return FALSE;

  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (reader->p < reader->end && *reader->p == '"')
        {
          guint quote_line = reader->line;

          reader->p++;
          for (;;)
            {
              if (reader->p >= reader->end)
                {
                  g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_PARSE,
                               _("Line %u: a quoted field is never closed"), quote_line);
                  return FALSE;
                }

              if (*reader->p == '"')
                {
                  /* A doubled quote is one quote of the value. */
                  if (reader->p + 1 < reader->end && reader->p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      reader->p += 2;
                      continue;
                    }
                  reader->p++;
                  break;
                }

              if (*reader->p == '\n')
                reader->line++;
              g_string_append_c (field, *reader->p);
              reader->p++;
            }

          if (reader->p < reader->end && *reader->p != ',' && !csv_at_line_end (reader))
            {
              g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_PARSE,
                           _("Line %u: text after the closing quote of a field"),
                           reader->line);
              return FALSE;
            }
        }
      else
        {
          while (reader->p < reader->end &&
                 *reader->p != ',' && *reader->p != '\n' && *reader->p != '\r')
            {
              if (*reader->p == '"')
                {
                  g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_PARSE,
                               _("Line %u: a quote inside a field that does not start with one"),
                               reader->line);
                  return FALSE;
                }
              g_string_append_c (field, *reader->p);
              reader->p++;
            }

          if (reader->p < reader->end && *reader->p == '\r' && !csv_at_line_end (reader))
            {
              g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_PARSE,
                           _("Line %u: a carriage return that does not end the line"),
                           reader->line);
              return FALSE;
            }
        }

      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

      if (reader->p >= reader->end)
        return TRUE;

      if (*reader->p == ',')
        {
          reader->p++;
          continue;
        }

      /* CR LF or LF */
      if (*reader->p == '\r')
        reader->p++;
      reader->p++;
      reader->line++;
      return TRUE;
    }
}

static gboolean
csv_record_is_blank (GPtrArray *fields)
{
  return fields->len == 1 && ((const char *) fields->pdata[0])[0] == '\0';
}

/* The table ------------------------------------------------------------- */

static void
country_clear (gpointer data)
{
  CvkCountry *country = data;

  g_free (country->name_en);
  g_free (country->name_ar);
  g_free (country->name_es);
  g_free (country->name_fr);
  g_free (country->name_ru);
  g_free (country->name_zh);
  g_free (country->itu_d_region);
  g_free (country->notes);
}

static void
country_table_clear (gpointer data)
{
  CountryTable *table = data;

  g_clear_pointer (&table->countries, g_array_unref);
  g_clear_pointer (&table->by_code, g_hash_table_unref);
}

static CountryTable *
country_table_new (void)
{
  CountryTable *table = g_rc_box_new0 (CountryTable);

  table->countries = g_array_new (FALSE, TRUE, sizeof (CvkCountry));
  g_array_set_clear_func (table->countries, country_clear);
  table->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return table;
}

static void
country_table_release (CountryTable *table)
{
  g_rc_box_release_full (table, country_table_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CountryTable, country_table_release)

/* Copies an ISO 3166-1 alpha-2 code, upper-cased, into @out; FALSE if
 * @code is not two ASCII letters. */
static gboolean
normalize_code (const char *code,
                char        out[3])
{
  if (code == NULL ||
      !g_ascii_isalpha (code[0]) || !g_ascii_isalpha (code[1]) || code[2] != '\0')
    return FALSE;

  out[0] = g_ascii_toupper (code[0]);
  out[1] = g_ascii_toupper (code[1]);
  out[2] = '\0';
  return TRUE;
}

static gboolean
has_note (const char *notes,
          const char *word)
{
  g_auto(GStrv) parts = g_strsplit (notes, ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (g_strstrip (parts[i]), word) == 0)
      return TRUE;

  return FALSE;
}

typedef enum
{
  COL_CODE,
  COL_NAME_EN,
  COL_ADMIN_REGION,
  COL_ITU_D_REGION,
  COL_DEVELOPING,
  COL_LDC,
  COL_LLDC,
  COL_SIDS,
  /* optional from here */
  COL_NAME_AR,
  COL_NAME_ES,
  COL_NAME_FR,
  COL_NAME_RU,
  COL_NAME_ZH,
  COL_NOTES,
  N_COLUMNS
} Column;

#define N_REQUIRED_COLUMNS (COL_SIDS + 1)

static const char * const column_names[N_COLUMNS] = {
  [COL_CODE] = "iso3166_alpha2",
  [COL_NAME_EN] = "name_en",
  [COL_ADMIN_REGION] = "itu_admin_region",
  [COL_ITU_D_REGION] = "itu_d_region",
  [COL_DEVELOPING] = "developing",
  [COL_LDC] = "ldc",
  [COL_LLDC] = "lldc",
  [COL_SIDS] = "sids",
  [COL_NAME_AR] = "name_ar",
  [COL_NAME_ES] = "name_es",
  [COL_NAME_FR] = "name_fr",
  [COL_NAME_RU] = "name_ru",
  [COL_NAME_ZH] = "name_zh",
  [COL_NOTES] = "notes",
};

static gboolean
parse_yes_no (const char  *text,
              const char  *column,
              guint        line,
              gboolean    *value,
              GError     **error)
{
  if (strcmp (text, "yes") == 0)
    *value = TRUE;
  else if (strcmp (text, "no") == 0)
    *value = FALSE;
  else
    {
      g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_INVALID,
                   _("Line %u: %s is “%s”, not “yes” or “no”"), line, column, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_country (GPtrArray   *fields,
               const int   *columns,
               guint        line,
               CvkCountry  *country,
               GError     **error)
{
#define FIELD(col) (columns[col] < 0 ? "" : (const char *) fields->pdata[columns[col]])
  const char *code = FIELD (COL_CODE);
  const char *admin = FIELD (COL_ADMIN_REGION);
  const char *itu_d = FIELD (COL_ITU_D_REGION);

  if (!normalize_code (code, country->code))
    {
      g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_INVALID,
                   _("Line %u: “%s” is not a two-letter country code"), line, code);
      return FALSE;
    }

  if (FIELD (COL_NAME_EN)[0] == '\0')
    {
      g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_INVALID,
                   _("Line %u: %s has no English name"), line, country->code);
      return FALSE;
    }

  if (!cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, admin))
    {
      g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_INVALID,
                   _("Line %u: “%s” is not an ITU administrative region (A to E)"),
                   line, admin);
      return FALSE;
    }

  if (!cvk_region_is_valid (CVK_REGION_SCHEME_ITU_D, itu_d))
    {
      g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_INVALID,
                   _("Line %u: “%s” is not an ITU-D region"), line, itu_d);
      return FALSE;
    }

  if (!parse_yes_no (FIELD (COL_DEVELOPING), column_names[COL_DEVELOPING], line,
                     &country->developing, error) ||
      !parse_yes_no (FIELD (COL_LDC), column_names[COL_LDC], line, &country->ldc, error) ||
      !parse_yes_no (FIELD (COL_LLDC), column_names[COL_LLDC], line, &country->lldc, error) ||
      !parse_yes_no (FIELD (COL_SIDS), column_names[COL_SIDS], line, &country->sids, error))
    return FALSE;

  country->admin_region = admin[0];
  country->itu_d_region = g_strdup (itu_d);
  country->name_en = g_strdup (FIELD (COL_NAME_EN));
  country->name_ar = g_strdup (FIELD (COL_NAME_AR));
  country->name_es = g_strdup (FIELD (COL_NAME_ES));
  country->name_fr = g_strdup (FIELD (COL_NAME_FR));
  country->name_ru = g_strdup (FIELD (COL_NAME_RU));
  country->name_zh = g_strdup (FIELD (COL_NAME_ZH));
  country->notes = g_strdup (FIELD (COL_NOTES));
  country->region_confirmed = has_note (country->notes, "admin=confirmed");

  return TRUE;
#undef FIELD
}

static guint
line_of_offset (const char *text,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (text[i] == '\n')
      line++;

  return line;
}

static CountryTable *
country_table_parse (const char  *text,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(CountryTable) table = country_table_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  GError *local_error = NULL;
  const char *invalid = NULL;
  CsvReader reader;
  int columns[N_COLUMNS];
  guint n_header_fields;
  guint line;

  if (!g_utf8_validate_len (text, length, &invalid))
    {
      g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_PARSE,
                   _("Line %u: the text is not UTF-8"),
                   line_of_offset (text, invalid - text));
      return NULL;
    }

  csv_reader_init (&reader, text, length);

  /* The header names the columns; their order does not matter, and
   * columns that are not ours (m49_region ...) are skipped. */
  if (!csv_read_record (&reader, fields, &line, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_PARSE,
                     _("Line 1: the table has no header"));
      g_propagate_error (error, local_error);
      return NULL;
    }

  n_header_fields = fields->len;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      columns[c] = -1;
      for (guint i = 0; i < fields->len; i++)
        if (strcmp (fields->pdata[i], column_names[c]) == 0)
          {
            columns[c] = i;
            break;
          }

      if (columns[c] < 0 && c < N_REQUIRED_COLUMNS)
        {
          g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_PARSE,
                       _("Line %u: the header has no column “%s”"), line, column_names[c]);
          return NULL;
        }
    }

  while (csv_read_record (&reader, fields, &line, &local_error))
    {
      CvkCountry country = { { 0 } };

      if (csv_record_is_blank (fields))
        continue;

      if (fields->len != n_header_fields)
        {
          g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_PARSE,
                       _("Line %u: %u fields where the header has %u"),
                       line, fields->len, n_header_fields);
          return NULL;
        }

      if (!parse_country (fields, columns, line, &country, error))
        {
          country_clear (&country);
          return NULL;
        }

      if (g_hash_table_contains (table->by_code, country.code))
        {
          g_set_error (error, CVK_COUNTRIES_ERROR, CVK_COUNTRIES_ERROR_INVALID,
                       _("Line %u: %s appears a second time"), line, country.code);
          country_clear (&country);
          return NULL;
        }

      g_array_append_val (table->countries, country);
      g_hash_table_insert (table->by_code, g_strdup (country.code),
                           GUINT_TO_POINTER (table->countries->len));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&table);
}

static CountryTable *
default_table_acquire (void)
{
  static CountryTable *default_table;

  if (g_once_init_enter (&default_table))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      CountryTable *table = NULL;

      bytes = g_resources_lookup_data (COUNTRIES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        {
          gsize size;
          const char *data = g_bytes_get_data (bytes, &size);

          table = country_table_parse (data, size, &error);
        }

      /* The table is built into the program: failing to read it is a bug. */
      if (table == NULL)
        {
          g_critical ("Cannot read %s: %s", COUNTRIES_RESOURCE, error->message);
          table = country_table_new ();
        }

      g_once_init_leave (&default_table, table);
    }

  return g_rc_box_acquire (default_table);
}

/* The object ----------------------------------------------------------- */

static void
cvk_countries_finalize (GObject *object)
{
  CvkCountries *self = (CvkCountries *) object;

  g_clear_pointer (&self->table, country_table_release);
  g_clear_pointer (&self->overrides, g_hash_table_unref);

  G_OBJECT_CLASS (cvk_countries_parent_class)->finalize (object);
}

static void
cvk_countries_class_init (CvkCountriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cvk_countries_finalize;
}

static void
cvk_countries_init (CvkCountries *self)
{
  self->overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static CvkCountries *
countries_new_for_table (CountryTable *table)
{
  CvkCountries *self = g_object_new (CVK_TYPE_COUNTRIES, NULL);

  self->table = table;
  return self;
}

/**
 * cvk_countries_new_default:
 *
 * The table shipped with the program, without overrides.  The table is
 * parsed once; every instance has its own overrides.
 */
CvkCountries *
cvk_countries_new_default (void)
{
  return countries_new_for_table (default_table_acquire ());
}

/**
 * cvk_countries_new_from_csv:
 * @csv_text: the table, in the format of data/countries.csv
 * @length: the length of @csv_text in bytes, or -1 if it is NUL-terminated
 * @error: return location for a #GError
 *
 * Reads a table in the format of data/countries.csv (RFC 4180, UTF-8, a
 * header naming the columns).  A malformed table is refused with an error
 * naming its line.
 */
CvkCountries *
cvk_countries_new_from_csv (const char  *csv_text,
                            gsize        length,
                            GError     **error)
{
  CountryTable *table;

  g_return_val_if_fail (csv_text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == (gsize) -1)
    length = strlen (csv_text);

  table = country_table_parse (csv_text, length, error);
  if (table == NULL)
    return NULL;

  return countries_new_for_table (table);
}

guint
cvk_countries_get_n_countries (CvkCountries *self)
{
  g_return_val_if_fail (CVK_IS_COUNTRIES (self), 0);

  return self->table->countries->len;
}

/**
 * cvk_countries_get_nth:
 *
 * The country at @index, as shipped: overrides do not change it (use
 * cvk_countries_region() for the region that applies).
 */
const CvkCountry *
cvk_countries_get_nth (CvkCountries *self,
                       guint         index)
{
  g_return_val_if_fail (CVK_IS_COUNTRIES (self), NULL);
  g_return_val_if_fail (index < self->table->countries->len, NULL);

  return &g_array_index (self->table->countries, CvkCountry, index);
}

/**
 * cvk_countries_lookup:
 * @code: an ISO 3166-1 alpha-2 code, in any case
 *
 * Returns: (nullable): the country, as shipped, or %NULL if @code is unknown
 */
const CvkCountry *
cvk_countries_lookup (CvkCountries *self,
                      const char   *code)
{
  char key[3];
  guint index;

  g_return_val_if_fail (CVK_IS_COUNTRIES (self), NULL);

  if (!normalize_code (code, key))
    return NULL;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->table->by_code, key));
  if (index == 0)
    return NULL;

  return &g_array_index (self->table->countries, CvkCountry, index - 1);
}

/**
 * cvk_countries_set_override:
 * @code: an ISO 3166-1 alpha-2 code, in any case
 * @admin_region: (nullable): "A" to "E" (in any case), or %NULL or "" to
 *   remove the override
 *
 * Corrects the ITU administrative region of @code for this instance only.
 * The values come from documents, so they are not trusted: an unknown code
 * or a region that is not one of A to E is ignored (and the override of
 * @code, if any, stays as it was).
 */
void
cvk_countries_set_override (CvkCountries *self,
                            const char   *code,
                            const char   *admin_region)
{
  char key[3];
  char region;

  g_return_if_fail (CVK_IS_COUNTRIES (self));

  if (cvk_countries_lookup (self, code) == NULL)
    {
      g_debug ("Ignoring a region override for the unknown country “%s”",
               code ? code : "(null)");
      return;
    }

  normalize_code (code, key);

  if (admin_region == NULL || admin_region[0] == '\0')
    {
      g_hash_table_remove (self->overrides, key);
      return;
    }

  region = g_ascii_toupper (admin_region[0]);
  if (region < 'A' || region > 'E' || admin_region[1] != '\0')
    {
      g_debug ("Ignoring the region override “%s” of %s: not a region from A to E",
               admin_region, key);
      return;
    }

  g_hash_table_replace (self->overrides, g_strdup (key), GINT_TO_POINTER (region));
}

void
cvk_countries_clear_overrides (CvkCountries *self)
{
  g_return_if_fail (CVK_IS_COUNTRIES (self));

  g_hash_table_remove_all (self->overrides);
}

gboolean
cvk_countries_has_override (CvkCountries *self,
                            const char   *code)
{
  char key[3];

  g_return_val_if_fail (CVK_IS_COUNTRIES (self), FALSE);

  return normalize_code (code, key) && g_hash_table_contains (self->overrides, key);
}

const char *
cvk_countries_region (CvkCountries    *self,
                      const char      *code,
                      CvkRegionScheme  scheme)
{
  const CvkCountry *country;
  char key[3];
  char admin;

  g_return_val_if_fail (CVK_IS_COUNTRIES (self), NULL);

  country = cvk_countries_lookup (self, code);
  if (country == NULL)
    return NULL;

  switch (scheme)
    {
    case CVK_REGION_SCHEME_ITU_ADMIN:
      normalize_code (code, key);
      admin = GPOINTER_TO_INT (g_hash_table_lookup (self->overrides, key));
      if (admin == 0)
        admin = country->admin_region;
      return admin_regions[admin - 'A'];

    case CVK_REGION_SCHEME_ITU_D:
      return country->itu_d_region;

    default:
      g_return_val_if_reached (NULL);
    }
}

/* Region schemes -------------------------------------------------------- */

const char * const *
cvk_region_scheme_regions (CvkRegionScheme scheme)
{
  switch (scheme)
    {
    case CVK_REGION_SCHEME_ITU_ADMIN:
      return admin_regions;
    case CVK_REGION_SCHEME_ITU_D:
      return itu_d_regions;
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
cvk_region_scheme_to_string (CvkRegionScheme scheme)
{
  switch (scheme)
    {
    case CVK_REGION_SCHEME_ITU_ADMIN:
      return "itu-admin";
    case CVK_REGION_SCHEME_ITU_D:
      return "itu-d";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
cvk_region_scheme_from_string (const char      *text,
                               CvkRegionScheme *scheme)
{
  g_return_val_if_fail (scheme != NULL, FALSE);

  if (g_strcmp0 (text, "itu-admin") == 0)
    *scheme = CVK_REGION_SCHEME_ITU_ADMIN;
  else if (g_strcmp0 (text, "itu-d") == 0)
    *scheme = CVK_REGION_SCHEME_ITU_D;
  else
    return FALSE;

  return TRUE;
}

/**
 * cvk_region_is_valid:
 *
 * Whether @region is one of the regions of @scheme, exactly as
 * cvk_region_scheme_regions() spells it.
 */
gboolean
cvk_region_is_valid (CvkRegionScheme  scheme,
                     const char      *region)
{
  const char * const *regions = cvk_region_scheme_regions (scheme);

  if (region == NULL || regions == NULL)
    return FALSE;

  return g_strv_contains (regions, region);
}
