/* cvk-csv-kinds.h: the timeline, the roster, the budget and the contacts as CSV
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These files are part of the product: people edit them in spreadsheets
 * and other programs read them, so their columns do not change.  UTF-8,
 * CRLF line ends, a header row in English with exactly these columns:
 *
 *   timeline  ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes
 *   roster    ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification
 *   budget    ID,Workshop,Category,Description,Currency,Planned,Committed,Actual
 *   contacts  ID,Name,Email,Organization,Organization type,Country,Language,Gender,Previous workshops
 *
 * - Enumerations are written by their nicks (cvk-enums.h); an empty cell
 *   reads as the default (task, day, fixed, other, undisclosed, vacant).
 *   Body: TSAG, WP2, RG-IEM, IEWSC or empty for none.
 * - Start and End are ISO 8601 dates bounding the period at its precision:
 *   Spring 2026 is 2026-03-01, 2026-05-31, season.
 * - Depends on: the item's predecessors, separated by spaces, each
 *   ID[:TYPE][+Nd|-Nd], TYPE FS (the default, not written), SS, FF or SF,
 *   the lag in days (not written when 0): "TL03 TL04:SS TL05:FF-2d".
 * - Parent is an item ID, Owner a roster ID; Progress 0 to 100.
 * - Roster: Region as stored; when the member has none, the region of its
 *   country in the document's region scheme is written.  Reading keeps the
 *   cell as written, except that the region of the member's own country is
 *   kept as none: such a member goes on following its country (should the
 *   document correct the country's region), and importing an export
 *   changes nothing.  Youth is yes or no.
 * - Budget: Workshop is the workshop's edition number, empty for the whole
 *   series; amounts are decimals with a point in the line's currency
 *   ("1250.50"), never floating point.
 * - Contacts: Previous workshops is a list of edition numbers separated
 *   by spaces.
 * - Text cells (Name, Notes, Organization, Organization type, Email,
 *   Justification, Category, Description, Language) go through the formula
 *   guard of cvk-csv.h: a leading "'" is added on writing when the text
 *   starts with = + - @ tab CR or "'", and one leading "'" is taken off on
 *   reading.
 *
 * Export order: the timeline in tree order (each parent before its
 * children, brothers by position then ID); the other kinds in the order the
 * document holds them (their key).  Export, import into an empty document
 * and export again give the same bytes.
 *
 * Import is all or nothing and merges by ID: the whole file is read and
 * checked first (header, columns, quotes, values, dates, duplicate IDs,
 * references against the document and the file, cycles), then applied in
 * one undoable step; a row with a known ID updates that entity (fields the
 * file has no column for are kept), a new ID adds one.  The dependencies of
 * every imported item become those of its "Depends on" cell.  Nothing is
 * deleted otherwise.  On any error the document is left as it was and the
 * message starts with the file name and line: "roster.csv:7: ...".
 */

#pragma once

#include <gio/gio.h>

#include "cvk-csv.h"
#include "cvk-store.h"

G_BEGIN_DECLS

typedef enum
{
  CVK_CSV_TIMELINE,
  CVK_CSV_ROSTER,
  CVK_CSV_BUDGET,
  CVK_CSV_CONTACTS,
} CvkCsvKind;

/* "timeline", "roster", "budget", "contacts" */
gboolean    cvk_csv_kind_from_string  (const char      *s,
                                       CvkCsvKind      *kind);
const char *cvk_csv_kind_to_string    (CvkCsvKind       kind);
/* The header row, without its line end. */
const char *cvk_csv_kind_get_header   (CvkCsvKind       kind);
/* The kind whose header is the first line of @data (a file dropped on the
 * window, say); FALSE when it is none of them. */
gboolean    cvk_csv_kind_detect       (GBytes          *data,
                                       CvkCsvKind      *kind);

gboolean    cvk_csv_export            (CvkStore        *store,
                                       CvkCsvKind       kind,
                                       GOutputStream   *out,
                                       GError         **error);
GBytes     *cvk_csv_export_bytes      (CvkStore        *store,
                                       CvkCsvKind       kind);
/* Replaces @file atomically: on failure (a full disk) the old file stays.
 * Errors of the disk come in the G_IO_ERROR domain, the message starting
 * with the file's name, as do those of cvk_csv_import_file(). */
gboolean    cvk_csv_export_file       (CvkStore        *store,
                                       CvkCsvKind       kind,
                                       GFile           *file,
                                       GError         **error);

/* @display_name starts the error messages ("roster.csv"). */
gboolean    cvk_csv_import            (CvkStore        *store,
                                       CvkCsvKind       kind,
                                       const char      *display_name,
                                       GBytes          *data,
                                       GError         **error);
gboolean    cvk_csv_import_file       (CvkStore        *store,
                                       CvkCsvKind       kind,
                                       GFile           *file,
                                       GError         **error);

G_END_DECLS
