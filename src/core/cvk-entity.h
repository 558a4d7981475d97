/* cvk-entity.h: the base class of every object of the Convoke domain
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entity is a GObject whose properties are described by a table of
 * fields.  The table gives each subclass its properties (with
 * G_PARAM_EXPLICIT_NOTIFY: notify only on a real change), and lets the
 * document store map an object to a row and back without a line of code per
 * type.  Every entity has a text "id" (TL01, R05 ...), unique among the
 * entities of its kind, which is what files and references use.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CVK_FIELD_STRING,   /* const char *, never NULL when read ("" when unset) */
  CVK_FIELD_INT,      /* gint64 */
  CVK_FIELD_DOUBLE,   /* double (staff days); never used for money */
  CVK_FIELD_BOOL,     /* gboolean */
  CVK_FIELD_ENUM,     /* an enum of enum_type, stored by its nick */
  CVK_FIELD_DATE,     /* a GDate, NULL when unset */
  CVK_FIELD_REF,      /* the id of an entity of ref_kind, "" when none */
} CvkFieldType;

typedef struct
{
  const char   *name;       /* property name; the column name with '-' as '_' */
  CvkFieldType  type;
  GType       (*enum_type) (void);   /* for CVK_FIELD_ENUM */
  const char   *ref_kind;   /* for CVK_FIELD_REF: the kind referred to */
  const char   *blurb;      /* what the field means, for the property */
} CvkField;

/* The value of a field, for cvk_entity_new_from_data (): what code that
 * reads many entities at once (the store opening a document) gives. */
typedef struct
{
  const char *text;     /* STRING, REF: NULL reads as "" */
  gsize       length;   /* of text, in bytes */
  gint64      number;   /* INT; BOOL (0 or not); ENUM (a value of enum_type) */
  double      real;     /* DOUBLE */
  GDate       date;     /* DATE: not valid (g_date_clear ()) for no date */
} CvkFieldData;

#define CVK_TYPE_ENTITY (cvk_entity_get_type ())
G_DECLARE_DERIVABLE_TYPE (CvkEntity, cvk_entity, CVK, ENTITY, GObject)

struct _CvkEntityClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char     *kind;      /* "member", "item" ...; the store's table name */
  const CvkField *fields;    /* fields[0] is always "id" */
  guint           n_fields;
  GParamSpec    **pspecs;    /* one per field */
  GValue         *defaults;  /* one per field; they own nothing (see cvk-entity.c) */
};

void            cvk_entity_class_install_fields (CvkEntityClass  *klass,
                                                 const char      *kind,
                                                 const CvkField  *fields,
                                                 guint            n_fields);

const char     *cvk_entity_class_get_kind       (CvkEntityClass  *klass);
const CvkField *cvk_entity_class_get_fields     (CvkEntityClass  *klass,
                                                 guint           *n_fields);
int             cvk_entity_class_find_field     (CvkEntityClass  *klass,
                                                 const char      *name);
GParamSpec     *cvk_entity_class_get_pspec      (CvkEntityClass  *klass,
                                                 guint            field);

const char     *cvk_entity_get_kind             (CvkEntity       *self);
const char     *cvk_entity_get_id               (CvkEntity       *self);
gint64          cvk_entity_get_pk               (CvkEntity       *self);
void            cvk_entity_set_pk               (CvkEntity       *self,
                                                 gint64           pk);

/* Typed access by field index (the subclasses' getters use these). */
const char     *cvk_entity_get_string           (CvkEntity       *self,
                                                 guint            field);
gint64          cvk_entity_get_int              (CvkEntity       *self,
                                                 guint            field);
double          cvk_entity_get_double           (CvkEntity       *self,
                                                 guint            field);
gboolean        cvk_entity_get_bool             (CvkEntity       *self,
                                                 guint            field);
int             cvk_entity_get_enum             (CvkEntity       *self,
                                                 guint            field);
const GDate    *cvk_entity_get_date             (CvkEntity       *self,
                                                 guint            field);
const GValue   *cvk_entity_get_value            (CvkEntity       *self,
                                                 guint            field);

void            cvk_entity_set_string           (CvkEntity       *self,
                                                 guint            field,
                                                 const char      *value);
void            cvk_entity_set_int              (CvkEntity       *self,
                                                 guint            field,
                                                 gint64           value);
void            cvk_entity_set_double           (CvkEntity       *self,
                                                 guint            field,
                                                 double           value);
void            cvk_entity_set_bool             (CvkEntity       *self,
                                                 guint            field,
                                                 gboolean         value);
void            cvk_entity_set_enum             (CvkEntity       *self,
                                                 guint            field,
                                                 int              value);
void            cvk_entity_set_date             (CvkEntity       *self,
                                                 guint            field,
                                                 const GDate     *value);
void            cvk_entity_set_value            (CvkEntity       *self,
                                                 guint            field,
                                                 const GValue    *value);

CvkEntity      *cvk_entity_new                  (GType            entity_type,
                                                 const char      *id);
CvkEntity      *cvk_entity_new_from_data        (GType               entity_type,
                                                 gint64              pk,
                                                 const CvkFieldData *data);
CvkEntity      *cvk_entity_copy                 (CvkEntity       *self);
void            cvk_entity_assign               (CvkEntity       *self,
                                                 CvkEntity       *from);
gboolean        cvk_entity_equal                (CvkEntity       *a,
                                                 CvkEntity       *b);
gboolean        cvk_entity_field_equal          (CvkEntity       *a,
                                                 CvkEntity       *b,
                                                 guint            field);

/* Text form of a field, as written in files: nicks for enums, ISO 8601 for
 * dates, decimal for numbers, "yes"/"no" for booleans. */
char           *cvk_entity_dup_field_text       (CvkEntity       *self,
                                                 guint            field);
gboolean        cvk_entity_set_field_text       (CvkEntity       *self,
                                                 guint            field,
                                                 const char      *text,
                                                 GError         **error);

GType          *cvk_entity_types                (guint           *n_types);

#define CVK_ENTITY_ERROR (cvk_entity_error_quark ())
GQuark          cvk_entity_error_quark          (void);

typedef enum
{
  CVK_ENTITY_ERROR_INVALID,
} CvkEntityError;

G_END_DECLS
