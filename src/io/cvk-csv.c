/* cvk-csv.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cvk-csv.h"

G_DEFINE_QUARK (cvk-csv-error-quark, cvk_csv_error)

struct _CvkCsvReader
{
  char       *display_name;
  GBytes     *bytes;
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;     /* the physical line at pos, from 1 */
};

/* The line (from 1) of the byte at @offset: line ends are CRLF, LF or CR. */
static guint
line_at (const char *data,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        line++;
      else if (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n'))
        line++;
    }

  return line;
}

CvkCsvReader *
cvk_csv_reader_new (const char  *display_name,
                    GBytes      *data,
                    GError     **error)
{
  g_autoptr(CvkCsvReader) self = NULL;
  const char *end = NULL;
  gsize length = 0;
  const char *text;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = g_bytes_get_data (data, &length);
  if (text == NULL)
    text = "";

  /* A byte order mark, as some spreadsheets write, is not data. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (text, length, &end))
    {
      g_set_error (error, CVK_CSV_ERROR, CVK_CSV_ERROR_ENCODING,
                   _("%s:%u: the file is not UTF-8 text (save it as “CSV UTF-8”)"),
                   display_name, line_at (text, end - text));
      return NULL;
    }

  self = g_new0 (CvkCsvReader, 1);
  self->display_name = g_strdup (display_name);
  self->bytes = g_bytes_ref (data);
  self->data = text;
  self->length = length;
  self->pos = 0;
  self->line = 1;

  return g_steal_pointer (&self);
}

void
cvk_csv_reader_free (CvkCsvReader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->display_name);
  g_free (self);
}

const char *
cvk_csv_reader_get_display_name (CvkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->display_name;
}

static inline gboolean
at_field_end (CvkCsvReader *self)
{
  char c;

  if (self->pos >= self->length)
    return TRUE;

  c = self->data[self->pos];
  return c == ',' || c == '\r' || c == '\n';
}

/* Reads a quoted field; pos is on the opening quote. */
static gboolean
read_quoted (CvkCsvReader  *self,
             GString       *field,
             GError       **error)
{
  guint quote_line = self->line;

  self->pos++;

  for (;;)
    {
      char c;

      if (self->pos >= self->length)
        {
          g_set_error (error, CVK_CSV_ERROR, CVK_CSV_ERROR_SYNTAX,
                       _("%s:%u: a quoted field is never closed (unbalanced quotes)"),
                       self->display_name, quote_line);
          return FALSE;
        }

      c = self->data[self->pos];

      if (c == '"')
        {
          if (self->pos + 1 < self->length && self->data[self->pos + 1] == '"')
            {
              g_string_append_c (field, '"');
              self->pos += 2;
              continue;
            }

          self->pos++;
          break;
        }

      if (c == '\n')
        self->line++;
      else if (c == '\r' &&
               (self->pos + 1 >= self->length || self->data[self->pos + 1] != '\n'))
        self->line++;

      g_string_append_c (field, c);
      self->pos++;
    }

  if (!at_field_end (self))
    {
      g_set_error (error, CVK_CSV_ERROR, CVK_CSV_ERROR_SYNTAX,
                   _("%s:%u: text after the closing quote of a field "
                     "(a quote inside a quoted field is written twice)"),
                   self->display_name, self->line);
      return FALSE;
    }

  return TRUE;
}

gboolean
cvk_csv_reader_iterate (CvkCsvReader   *self,
                        char         ***out_fields,
                        guint          *out_line,
                        GError        **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  guint start_line;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out_fields = NULL;

  if (self->pos >= self->length)
    {
      if (out_line)
        *out_line = self->line;
      return TRUE;
    }

  start_line = self->line;
  fields = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);
      char c;

      if (self->pos < self->length && self->data[self->pos] == '"')
        {
          if (!read_quoted (self, field, error))
            return FALSE;
        }
      else
        {
          while (!at_field_end (self))
            g_string_append_c (field, self->data[self->pos++]);
        }

      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

      if (self->pos >= self->length)
        break;

      c = self->data[self->pos];
      if (c == ',')
        {
          self->pos++;
          continue;
        }

      /* A line end: CRLF, LF or CR. */
      self->pos++;
      if (c == '\r' && self->pos < self->length && self->data[self->pos] == '\n')
        self->pos++;
      self->line++;
      break;
    }

  g_ptr_array_add (fields, NULL);
  *out_fields = (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
  if (out_line)
    *out_line = start_line;

  return TRUE;
}

static gboolean
needs_quotes (const char *text)
{
  gsize len = strlen (text);

  if (len == 0)
    return FALSE;

  return strpbrk (text, ",\"\r\n") != NULL || text[0] == ' ' || text[len - 1] == ' ';
}

void
cvk_csv_append_field (GString    *out,
                      const char *text,
                      gboolean    first)
{
  g_return_if_fail (out != NULL);

  if (!first)
    g_string_append_c (out, ',');

  if (text == NULL)
    return;

  if (!needs_quotes (text))
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
cvk_csv_append_record (GString            *out,
                       const char * const *fields,
                       gsize               n_fields)
{
  g_return_if_fail (out != NULL);

  for (gsize i = 0; i < n_fields; i++)
    cvk_csv_append_field (out, fields[i], i == 0);
  g_string_append (out, "\r\n");
}

/**
 * cvk_csv_guard_text:
 *
 * Returns: @text with a "'" in front when a spreadsheet would run it as a
 *   formula or it already starts with "'"; see the top of cvk-csv.h.
 */
char *
cvk_csv_guard_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("");

  if (text[0] != '\0' && strchr ("=+-@\t\r'", text[0]) != NULL)
    return g_strconcat ("'", text, NULL);

  return g_strdup (text);
}

/**
 * cvk_csv_unguard_text:
 *
 * Returns: @text without one leading "'", if it has one (a pointer into
 *   @text).
 */
const char *
cvk_csv_unguard_text (const char *text)
{
  if (text == NULL)
    return "";

  return text[0] == '\'' ? text + 1 : text;
}
