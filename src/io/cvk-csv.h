/* cvk-csv.h: comma-separated values (RFC 4180), read and written
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader takes the whole text of a file: UTF-8 (checked before anything
 * else; a byte order mark at the start is skipped), records ended by CRLF,
 * LF or a lone CR, fields separated by commas, a field in double quotes when
 * it holds a comma, a quote (written twice) or a line break.  The last
 * record may lack its line end.  Each record comes with the physical line
 * (from 1) where it starts, so that errors can name it.  A quote inside an
 * unquoted field is taken as text; a quoted field that is never closed, or
 * text after a closing quote, is an error.  An empty line is a record of
 * one empty field: the caller decides what it means.
 *
 * The writer quotes a field only when it must (comma, quote, CR, LF, or a
 * space at either end) and ends every record with CRLF.
 *
 * Formula guard.  A spreadsheet runs a cell that starts with '=', '+', '-',
 * '@', a tab or a carriage return as a formula, and hides a leading "'".
 * Text cells written by Convoke (names, notes, organizations ...) go through
 * cvk_csv_guard_text(): such a text, or one that already starts with "'",
 * gets one more "'" in front.  cvk_csv_unguard_text() takes exactly one
 * leading "'" off a text cell when reading.  So "=SUM(A1)" is written
 * "'=SUM(A1)", "'quoted" is written "''quoted", and both read back as they
 * were; a hand-written "'abc" reads as "abc".
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CVK_CSV_ERROR (cvk_csv_error_quark ())
GQuark        cvk_csv_error_quark        (void);

typedef enum
{
  CVK_CSV_ERROR_ENCODING,    /* not UTF-8 */
  CVK_CSV_ERROR_SYNTAX,      /* unbalanced quotes, text after a closing quote */
  CVK_CSV_ERROR_HEADER,      /* not the expected header: not a file of this kind */
  CVK_CSV_ERROR_COLUMNS,     /* a record without as many fields as the header */
  CVK_CSV_ERROR_VALUE,       /* a cell that does not hold what its column wants */
  CVK_CSV_ERROR_DUPLICATE,   /* an ID twice in the file */
  CVK_CSV_ERROR_REFERENCE,   /* an ID that names nothing */
  CVK_CSV_ERROR_CYCLE,       /* dependencies or parents that go round */
  CVK_CSV_ERROR_STORE,       /* the document refused a change */
} CvkCsvError;

typedef struct _CvkCsvReader CvkCsvReader;

/* @display_name starts the error messages ("roster.csv:7: ...").  Fails
 * when the data is not UTF-8. */
CvkCsvReader *cvk_csv_reader_new         (const char     *display_name,
                                          GBytes         *data,
                                          GError        **error);
void          cvk_csv_reader_free        (CvkCsvReader   *self);
/* Reads the next record.  Returns TRUE with the fields (a NULL-terminated
 * array, free it with g_strfreev()) in @out_fields and the line where the
 * record starts in @out_line, or TRUE with NULL at the end of the data;
 * FALSE with @error set on bad syntax. */
gboolean      cvk_csv_reader_iterate     (CvkCsvReader   *self,
                                          char         ***out_fields,
                                          guint          *out_line,
                                          GError        **error);
const char   *cvk_csv_reader_get_display_name (CvkCsvReader *self);

/* Appends one record, with CRLF. */
void          cvk_csv_append_record      (GString            *out,
                                          const char * const *fields,
                                          gsize               n_fields);
/* Appends one field (@first: no comma before it), quoted when needed. */
void          cvk_csv_append_field       (GString        *out,
                                          const char     *text,
                                          gboolean        first);

char         *cvk_csv_guard_text         (const char     *text);
const char   *cvk_csv_unguard_text       (const char     *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkCsvReader, cvk_csv_reader_free)

G_END_DECLS
