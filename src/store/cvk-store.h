/* cvk-store.h: a Convoke document, one SQLite file
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is the only place where SQL is written.  It owns one GListModel
 * of entities per kind (cvk_store_get_model()), kept current from SQLite's
 * own record of changed rows: an edit, an undo, a redo and an import all
 * travel the same path.  Every edit is one transaction and one undo step;
 * cvk_store_begin() .. cvk_store_commit() groups several into one.
 *
 * - cvk_store_insert() takes a new entity (pk 0); on success the entity has
 *   its pk and is the very object that appears in the kind's model.
 * - cvk_store_update() takes a changed copy (cvk_entity_copy()) of an entity
 *   of the model, found by pk (or by id when pk is 0), and writes all its
 *   fields; the model's object is updated in place (property notifications).
 * - cvk_store_set() changes some properties of an entity of the model.
 * - The "changed" signal is emitted once after each commit, undo and redo,
 *   when the models are current; "notify::can-undo" / "can-redo" follow.
 * - Errors from SQLite (a broken reference, a duplicate id) come back as
 *   CVK_STORE_ERROR_CONSTRAINT with a message a person can read; nothing of
 *   the failed edit is kept.
 */

#pragma once

#include <gio/gio.h>

#include "cvk-domain.h"
#include "cvk-doc-settings.h"
#include "cvk-rules.h"

G_BEGIN_DECLS

#define CVK_STORE_APPLICATION_ID  0x43564b31  /* "CVK1" */
#define CVK_STORE_MEMORY          ":memory:"

#define CVK_TYPE_STORE (cvk_store_get_type ())
G_DECLARE_FINAL_TYPE (CvkStore, cvk_store, CVK, STORE, GObject)

typedef enum
{
  CVK_STORE_ERROR_NOT_A_DOCUMENT,   /* not SQLite, or SQLite but not ours */
  CVK_STORE_ERROR_CORRUPT,          /* ours but damaged or truncated */
  CVK_STORE_ERROR_NEWER,            /* written by a newer Convoke */
  CVK_STORE_ERROR_EXISTS,           /* refusing to overwrite a file */
  CVK_STORE_ERROR_NOT_FOUND,        /* no such file, entity or template */
  CVK_STORE_ERROR_CONSTRAINT,       /* an edit breaks a rule of the schema */
  CVK_STORE_ERROR_IO,               /* the disk said no */
  CVK_STORE_ERROR_NOTHING_TO_UNDO,
  CVK_STORE_ERROR_FAILED,
} CvkStoreError;

#define CVK_STORE_ERROR (cvk_store_error_quark ())
GQuark      cvk_store_error_quark      (void);

/* The schema version this program writes (the highest migration). */
int         cvk_store_schema_version   (void);

/* Opening and creating */
CvkStore   *cvk_store_open             (const char   *path,
                                        GError      **error);
CvkStore   *cvk_store_create           (const char   *path,
                                        const char   *template_name,
                                        GError      **error);
const char *const *cvk_store_template_names (void);
/* $XDG_DATA_HOME/convoke/IEWSC.convoke */
char       *cvk_store_default_path     (void);
/* Opens the default document, created from the IEWSC template on first use. */
CvkStore   *cvk_store_open_default     (GError      **error);
gboolean    cvk_store_save_as          (CvkStore     *self,
                                        const char   *path,
                                        GError      **error);
void        cvk_store_close            (CvkStore     *self);
const char *cvk_store_get_path         (CvkStore     *self);

/* Made ahead of time from the models, kept until they change */
void        cvk_store_keep_ahead       (CvkStore       *self,
                                        const char     *what,
                                        gpointer        data,
                                        GDestroyNotify  destroy);
gpointer    cvk_store_take_ahead       (CvkStore       *self,
                                        const char     *what);

/* Reading */
GListModel *cvk_store_get_model        (CvkStore     *self,
                                        GType         entity_type);
gpointer    cvk_store_lookup           (CvkStore     *self,
                                        GType         entity_type,
                                        const char   *id);
CvkDocSettings *cvk_store_dup_settings (CvkStore     *self);
CvkCountries   *cvk_store_get_countries (CvkStore    *self);
/* The document as the rules see it: its models, @settings, its countries. */
void        cvk_store_init_plan        (CvkStore              *self,
                                        const CvkDocSettings  *settings,
                                        CvkPlan               *plan);
char       *cvk_store_next_id          (CvkStore     *self,
                                        GType         entity_type,
                                        const char   *prefix);

/* Editing: each call is one undoable edit unless inside begin/commit. */
gboolean    cvk_store_insert           (CvkStore     *self,
                                        CvkEntity    *entity,
                                        GError      **error);
gboolean    cvk_store_update           (CvkStore     *self,
                                        CvkEntity    *changed,
                                        GError      **error);
gboolean    cvk_store_set              (CvkStore     *self,
                                        CvkEntity    *entity,
                                        GError      **error,
                                        const char   *first_property,
                                        ...) G_GNUC_NULL_TERMINATED;
gboolean    cvk_store_delete           (CvkStore     *self,
                                        CvkEntity    *entity,
                                        GError      **error);
gboolean    cvk_store_set_setting      (CvkStore     *self,
                                        const char   *key,
                                        const char   *value,
                                        GError      **error);

gboolean    cvk_store_begin            (CvkStore     *self,
                                        const char   *label,
                                        GError      **error);
gboolean    cvk_store_commit           (CvkStore     *self,
                                        GError      **error);
void        cvk_store_rollback         (CvkStore     *self);
gboolean    cvk_store_in_transaction   (CvkStore     *self);

/* Undo and redo */
gboolean    cvk_store_can_undo         (CvkStore     *self);
gboolean    cvk_store_can_redo         (CvkStore     *self);
const char *cvk_store_get_undo_label   (CvkStore     *self);
const char *cvk_store_get_redo_label   (CvkStore     *self);
gboolean    cvk_store_undo             (CvkStore     *self,
                                        GError      **error);
gboolean    cvk_store_redo             (CvkStore     *self,
                                        GError      **error);

G_END_DECLS
