/* cvk-entity.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-entity"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cvk-entity.h"
#include "cvk-enums.h"
#include "cvk-fuzzy-date.h"

typedef struct
{
  gint64   pk;
  GValue  *values;   /* n_fields, in the order of the class's field table;
                      * made on first use (see entity_values ()) */
} CvkEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CvkEntity, cvk_entity, G_TYPE_OBJECT)

G_DEFINE_QUARK (cvk-entity-error-quark, cvk_entity_error)

static void cvk_entity_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec);
static void cvk_entity_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec);

static GType
field_gtype (const CvkField *field)
{
  switch (field->type)
    {
    case CVK_FIELD_STRING:
    case CVK_FIELD_REF:
      return G_TYPE_STRING;
    case CVK_FIELD_INT:
      return G_TYPE_INT64;
    case CVK_FIELD_DOUBLE:
      return G_TYPE_DOUBLE;
    case CVK_FIELD_BOOL:
      return G_TYPE_BOOLEAN;
    case CVK_FIELD_ENUM:
      return field->enum_type ();
    case CVK_FIELD_DATE:
      return G_TYPE_DATE;
    default:
      g_assert_not_reached ();
    }
}

static GParamSpec *
field_pspec (const CvkField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->type)
    {
    case CVK_FIELD_STRING:
    case CVK_FIELD_REF:
      return g_param_spec_string (field->name, NULL, field->blurb, "", flags);
    case CVK_FIELD_INT:
      return g_param_spec_int64 (field->name, NULL, field->blurb, G_MININT64, G_MAXINT64, 0, flags);
    case CVK_FIELD_DOUBLE:
      return g_param_spec_double (field->name, NULL, field->blurb, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
    case CVK_FIELD_BOOL:
      return g_param_spec_boolean (field->name, NULL, field->blurb, FALSE, flags);
    case CVK_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
        return g_param_spec_enum (field->name, NULL, field->blurb, field->enum_type (),
                                  enum_class->values[0].value, flags);
      }
    case CVK_FIELD_DATE:
      return g_param_spec_boxed (field->name, NULL, field->blurb, G_TYPE_DATE, flags);
    default:
      g_assert_not_reached ();
    }
}

void
cvk_entity_class_install_fields (CvkEntityClass *klass,
                                 const char     *kind,
                                 const CvkField *fields,
                                 guint           n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (n_fields > 0);
  g_return_if_fail (g_str_equal (fields[0].name, "id"));

  /* GObject wants the property handlers on the class that installs them. */
  object_class->get_property = cvk_entity_get_property;
  object_class->set_property = cvk_entity_set_property;

  klass->kind = kind;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields);
  klass->defaults = g_new0 (GValue, n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      klass->pspecs[i] = field_pspec (&fields[i]);
      g_object_class_install_property (object_class, i + 1, klass->pspecs[i]);

      /* The values of a new entity are a byte copy of these: they must own
       * nothing.  The texts' default "" is a static string (the property's
       * default would be a copy of its own); a date's default is no date. */
      g_value_init (&klass->defaults[i], field_gtype (&fields[i]));
      if (fields[i].type == CVK_FIELD_STRING || fields[i].type == CVK_FIELD_REF)
        g_value_set_static_string (&klass->defaults[i], "");
      else
        g_param_value_set_default (klass->pspecs[i], &klass->defaults[i]);
    }
}

const char *
cvk_entity_class_get_kind (CvkEntityClass *klass)
{
  return klass->kind;
}

const CvkField *
cvk_entity_class_get_fields (CvkEntityClass *klass,
                             guint          *n_fields)
{
  if (n_fields)
    *n_fields = klass->n_fields;
  return klass->fields;
}

int
cvk_entity_class_find_field (CvkEntityClass *klass,
                             const char     *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return (int) i;
  return -1;
}

/* The property of field @field (an enum field's holds its class and
 * default). */
GParamSpec *
cvk_entity_class_get_pspec (CvkEntityClass *klass,
                            guint           field)
{
  g_return_val_if_fail (field < klass->n_fields, NULL);
  return klass->pspecs[field];
}

static inline CvkEntityClass *
entity_class (CvkEntity *self)
{
  return CVK_ENTITY_GET_CLASS (self);
}

/* A block of the class's values, with @extra bytes after them for what the
 * values of cvk_entity_new_from_data () point to.  The defaults own nothing,
 * so copying their bytes makes values as good as g_value_init () would. */
static GValue *
values_new (CvkEntityClass *klass,
            gsize           extra)
{
  gsize size = klass->n_fields * sizeof (GValue);
  GValue *values = g_malloc (size + extra);

  memcpy (values, klass->defaults, size);
  return values;
}

/* The values are made when first wanted, not in constructed (): while the
 * instance-init functions run, an object still has the class of the type
 * being initialised, not its final class, and an override of constructed ()
 * costs every g_object_new () some bookkeeping of its own.  This way
 * cvk_entity_new_from_data () makes them once, with room for its texts. */
static inline GValue *
entity_values (CvkEntity *self)
{
  CvkEntityPrivate *priv = cvk_entity_get_instance_private (self);

  if (G_UNLIKELY (priv->values == NULL))
    priv->values = values_new (entity_class (self), 0);
  return priv->values;
}

static inline GValue *
field_value (CvkEntity *self,
             guint      field)
{
  g_return_val_if_fail (field < entity_class (self)->n_fields, NULL);
  return &entity_values (self)[field];
}

static void
cvk_entity_finalize (GObject *object)
{
  CvkEntity *self = CVK_ENTITY (object);
  CvkEntityPrivate *priv = cvk_entity_get_instance_private (self);
  CvkEntityClass *klass = entity_class (self);

  /* Only texts and dates can own memory; the others have nothing to free. */
  for (guint i = 0; priv->values && i < klass->n_fields; i++)
    switch (klass->fields[i].type)
      {
      case CVK_FIELD_STRING:
      case CVK_FIELD_REF:
      case CVK_FIELD_DATE:
        g_value_unset (&priv->values[i]);
        break;
      default:
        break;
      }
  g_free (priv->values);

  G_OBJECT_CLASS (cvk_entity_parent_class)->finalize (object);
}

static void
cvk_entity_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CvkEntity *self = CVK_ENTITY (object);

  if (prop_id == 0 || prop_id > entity_class (self)->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_copy (field_value (self, prop_id - 1), value);
}

static void
cvk_entity_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CvkEntity *self = CVK_ENTITY (object);

  if (prop_id == 0 || prop_id > entity_class (self)->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  cvk_entity_set_value (self, prop_id - 1, value);
}

static void
cvk_entity_class_init (CvkEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cvk_entity_finalize;
  object_class->get_property = cvk_entity_get_property;
  object_class->set_property = cvk_entity_set_property;
}

static void
cvk_entity_init (CvkEntity *self)
{
}

const char *
cvk_entity_get_kind (CvkEntity *self)
{
  g_return_val_if_fail (CVK_IS_ENTITY (self), NULL);
  return entity_class (self)->kind;
}

const char *
cvk_entity_get_id (CvkEntity *self)
{
  return cvk_entity_get_string (self, 0);
}

gint64
cvk_entity_get_pk (CvkEntity *self)
{
  CvkEntityPrivate *priv = cvk_entity_get_instance_private (self);
  g_return_val_if_fail (CVK_IS_ENTITY (self), 0);
  return priv->pk;
}

void
cvk_entity_set_pk (CvkEntity *self,
                   gint64     pk)
{
  CvkEntityPrivate *priv = cvk_entity_get_instance_private (self);
  g_return_if_fail (CVK_IS_ENTITY (self));
  priv->pk = pk;
}

const GValue *
cvk_entity_get_value (CvkEntity *self,
                      guint      field)
{
  g_return_val_if_fail (CVK_IS_ENTITY (self), NULL);
  return field_value (self, field);
}

const char *
cvk_entity_get_string (CvkEntity *self,
                       guint      field)
{
  const char *s;

  g_return_val_if_fail (CVK_IS_ENTITY (self), "");
  s = g_value_get_string (field_value (self, field));
  return s ? s : "";
}

gint64
cvk_entity_get_int (CvkEntity *self,
                    guint      field)
{
  g_return_val_if_fail (CVK_IS_ENTITY (self), 0);
  return g_value_get_int64 (field_value (self, field));
}

double
cvk_entity_get_double (CvkEntity *self,
                       guint      field)
{
  g_return_val_if_fail (CVK_IS_ENTITY (self), 0);
  return g_value_get_double (field_value (self, field));
}

gboolean
cvk_entity_get_bool (CvkEntity *self,
                     guint      field)
{
  g_return_val_if_fail (CVK_IS_ENTITY (self), FALSE);
  return g_value_get_boolean (field_value (self, field));
}

int
cvk_entity_get_enum (CvkEntity *self,
                     guint      field)
{
  g_return_val_if_fail (CVK_IS_ENTITY (self), 0);
  return g_value_get_enum (field_value (self, field));
}

const GDate *
cvk_entity_get_date (CvkEntity *self,
                     guint      field)
{
  g_return_val_if_fail (CVK_IS_ENTITY (self), NULL);
  return g_value_get_boxed (field_value (self, field));
}

static gboolean
values_equal (const CvkField *field,
              const GValue   *a,
              const GValue   *b)
{
  switch (field->type)
    {
    case CVK_FIELD_STRING:
    case CVK_FIELD_REF:
      return g_strcmp0 (g_value_get_string (a) ? g_value_get_string (a) : "",
                        g_value_get_string (b) ? g_value_get_string (b) : "") == 0;
    case CVK_FIELD_INT:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case CVK_FIELD_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);
    case CVK_FIELD_BOOL:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    case CVK_FIELD_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);
    case CVK_FIELD_DATE:
      {
        const GDate *da = g_value_get_boxed (a);
        const GDate *db = g_value_get_boxed (b);
        if (da == NULL || db == NULL)
          return da == db;
        return g_date_compare (da, db) == 0;
      }
    default:
      g_assert_not_reached ();
    }
}

void
cvk_entity_set_value (CvkEntity    *self,
                      guint         field,
                      const GValue *value)
{
  CvkEntityClass *klass;
  GValue *slot;

  g_return_if_fail (CVK_IS_ENTITY (self));

  klass = entity_class (self);
  slot = field_value (self, field);
  g_return_if_fail (slot != NULL);

  if (values_equal (&klass->fields[field], slot, value))
    return;

  if (klass->fields[field].type == CVK_FIELD_DATE)
    {
      const GDate *date = g_value_get_boxed (value);
      /* An invalid date is the same as no date. */
      if (date != NULL && !g_date_valid (date))
        date = NULL;
      g_value_set_boxed (slot, date);
    }
  else if (klass->fields[field].type == CVK_FIELD_STRING ||
           klass->fields[field].type == CVK_FIELD_REF)
    {
      const char *s = g_value_get_string (value);
      g_value_set_string (slot, s ? s : "");
    }
  else
    {
      g_value_copy (value, slot);
    }

  g_object_notify_by_pspec (G_OBJECT (self), klass->pspecs[field]);
}

/* The typed setters below change the slot in place, without a GValue to
 * carry the new value: the same checks and the same result as
 * cvk_entity_set_value (), which they fall back to when @field is not of
 * their type. */
static inline void
notify_field (CvkEntity *self,
              guint      field)
{
  g_object_notify_by_pspec (G_OBJECT (self), entity_class (self)->pspecs[field]);
}

/* The slot of @field when it is of @type, else NULL. */
static inline GValue *
typed_slot (CvkEntity    *self,
            guint         field,
            CvkFieldType  type)
{
  CvkEntityClass *klass = entity_class (self);
  CvkFieldType t;

  if (field >= klass->n_fields)
    return NULL;
  t = klass->fields[field].type;
  if (t == CVK_FIELD_REF)
    t = CVK_FIELD_STRING;
  return t == type ? field_value (self, field) : NULL;
}

void
cvk_entity_set_string (CvkEntity  *self,
                       guint       field,
                       const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GValue *slot;

  g_return_if_fail (CVK_IS_ENTITY (self));

  if ((slot = typed_slot (self, field, CVK_FIELD_STRING)) != NULL)
    {
      const char *old = g_value_get_string (slot);

      if (value == NULL)
        value = "";
      if (g_strcmp0 (old ? old : "", value) == 0)
        return;
      g_value_set_string (slot, value);
      notify_field (self, field);
      return;
    }

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  cvk_entity_set_value (self, field, &v);
}

void
cvk_entity_set_int (CvkEntity *self,
                    guint      field,
                    gint64     value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GValue *slot;

  g_return_if_fail (CVK_IS_ENTITY (self));

  if ((slot = typed_slot (self, field, CVK_FIELD_INT)) != NULL)
    {
      if (g_value_get_int64 (slot) == value)
        return;
      g_value_set_int64 (slot, value);
      notify_field (self, field);
      return;
    }

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  cvk_entity_set_value (self, field, &v);
}

void
cvk_entity_set_double (CvkEntity *self,
                       guint      field,
                       double     value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GValue *slot;

  g_return_if_fail (CVK_IS_ENTITY (self));

  if ((slot = typed_slot (self, field, CVK_FIELD_DOUBLE)) != NULL)
    {
      if (g_value_get_double (slot) == value)
        return;
      g_value_set_double (slot, value);
      notify_field (self, field);
      return;
    }

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  cvk_entity_set_value (self, field, &v);
}

void
cvk_entity_set_bool (CvkEntity *self,
                     guint      field,
                     gboolean   value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GValue *slot;

  g_return_if_fail (CVK_IS_ENTITY (self));

  if ((slot = typed_slot (self, field, CVK_FIELD_BOOL)) != NULL)
    {
      if (!g_value_get_boolean (slot) == !value)
        return;
      g_value_set_boolean (slot, value);
      notify_field (self, field);
      return;
    }

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  cvk_entity_set_value (self, field, &v);
}

void
cvk_entity_set_enum (CvkEntity *self,
                     guint      field,
                     int        value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GValue *slot;

  g_return_if_fail (CVK_IS_ENTITY (self));

  if ((slot = typed_slot (self, field, CVK_FIELD_ENUM)) != NULL)
    {
      if (g_value_get_enum (slot) == value)
        return;
      g_value_set_enum (slot, value);
      notify_field (self, field);
      return;
    }

  g_value_init (&v, G_VALUE_TYPE (field_value (self, field)));
  g_value_set_enum (&v, value);
  cvk_entity_set_value (self, field, &v);
}

void
cvk_entity_set_date (CvkEntity   *self,
                     guint        field,
                     const GDate *value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GValue *slot;

  g_return_if_fail (CVK_IS_ENTITY (self));

  if ((slot = typed_slot (self, field, CVK_FIELD_DATE)) != NULL)
    {
      const GDate *old = g_value_get_boxed (slot);

      if (old == NULL || value == NULL ? old == value : g_date_compare (old, value) == 0)
        return;
      /* An invalid date is the same as no date. */
      if (value != NULL && !g_date_valid (value))
        value = NULL;
      g_value_set_boxed (slot, value);
      notify_field (self, field);
      return;
    }

  g_value_init (&v, G_TYPE_DATE);
  g_value_set_boxed (&v, value);
  cvk_entity_set_value (self, field, &v);
}

CvkEntity *
cvk_entity_new (GType       entity_type,
                const char *id)
{
  CvkEntity *self;

  g_return_val_if_fail (g_type_is_a (entity_type, CVK_TYPE_ENTITY), NULL);

  self = g_object_new (entity_type, NULL);
  if (id != NULL)
    cvk_entity_set_string (self, 0, id);
  return self;
}

/**
 * cvk_entity_new_from_data:
 * @entity_type: a subclass of CvkEntity
 * @pk: the entity's key in the store
 * @data: one per field of @entity_type, in the order of its field table
 *
 * A new entity whose fields are @data, for code that reads many entities at
 * once (the store opening a document).  The result is the entity that
 * cvk_entity_new () followed by a setter per field would make, with less
 * work: a new entity has no watchers to notify, a value equal to the default
 * leaves the default there, as a setter would, and the texts and dates are
 * copied into the block that holds the values rather than into an
 * allocation each.  @data is not kept.
 */
CvkEntity *
cvk_entity_new_from_data (GType               entity_type,
                          gint64              pk,
                          const CvkFieldData *data)
{
  CvkEntity *self;
  CvkEntityPrivate *priv;
  CvkEntityClass *klass;
  const CvkField *fields;
  guint n_dates = 0;
  gsize text_size = 0;
  GValue *values;
  GDate *dates;
  char *texts;

  g_return_val_if_fail (g_type_is_a (entity_type, CVK_TYPE_ENTITY), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  self = g_object_new (entity_type, NULL);
  priv = cvk_entity_get_instance_private (self);
  klass = entity_class (self);
  fields = klass->fields;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (fields[i].type == CVK_FIELD_STRING || fields[i].type == CVK_FIELD_REF)
        text_size += data[i].text != NULL && data[i].length > 0 ? data[i].length + 1 : 0;
      else if (fields[i].type == CVK_FIELD_DATE && g_date_valid (&data[i].date))
        n_dates++;
    }

  /* The values, then the dates (GValues keep them aligned), then the texts:
   * static contents of the values, freed with the block. */
  values = values_new (klass, n_dates * sizeof (GDate) + text_size);
  dates = (GDate *) (values + klass->n_fields);
  texts = (char *) (dates + n_dates);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      switch (fields[i].type)
        {
        case CVK_FIELD_STRING:
        case CVK_FIELD_REF:
          if (data[i].text != NULL && data[i].length > 0)
            {
              memcpy (texts, data[i].text, data[i].length);
              texts[data[i].length] = '\0';
              g_value_set_static_string (&values[i], texts);
              texts += data[i].length + 1;
            }
          break;

        case CVK_FIELD_INT:
          g_value_set_int64 (&values[i], data[i].number);
          break;

        case CVK_FIELD_DOUBLE:
          /* Not -0.0 for 0: cvk_entity_set_double () sees them equal. */
          if (data[i].real != 0)
            g_value_set_double (&values[i], data[i].real);
          break;

        case CVK_FIELD_BOOL:
          g_value_set_boolean (&values[i], data[i].number != 0);
          break;

        case CVK_FIELD_ENUM:
          g_value_set_enum (&values[i], (int) data[i].number);
          break;

        case CVK_FIELD_DATE:
          /* An invalid date is the same as no date. */
          if (g_date_valid (&data[i].date))
            {
              *dates = data[i].date;
              g_value_set_static_boxed (&values[i], dates);
              dates++;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  priv->values = values;
  priv->pk = pk;
  return self;
}

CvkEntity *
cvk_entity_copy (CvkEntity *self)
{
  CvkEntity *copy;

  g_return_val_if_fail (CVK_IS_ENTITY (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  cvk_entity_assign (copy, self);
  cvk_entity_set_pk (copy, cvk_entity_get_pk (self));
  return copy;
}

void
cvk_entity_assign (CvkEntity *self,
                   CvkEntity *from)
{
  CvkEntityClass *klass;

  g_return_if_fail (CVK_IS_ENTITY (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (from));

  klass = entity_class (self);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < klass->n_fields; i++)
    cvk_entity_set_value (self, i, field_value (from, i));
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
cvk_entity_field_equal (CvkEntity *a,
                        CvkEntity *b,
                        guint      field)
{
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);
  return values_equal (&entity_class (a)->fields[field],
                       field_value (a, field), field_value (b, field));
}

gboolean
cvk_entity_equal (CvkEntity *a,
                  CvkEntity *b)
{
  CvkEntityClass *klass;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  klass = entity_class (a);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!cvk_entity_field_equal (a, b, i))
      return FALSE;
  return TRUE;
}

char *
cvk_entity_dup_field_text (CvkEntity *self,
                           guint      field)
{
  const CvkField *f;
  const GValue *v;

  g_return_val_if_fail (CVK_IS_ENTITY (self), NULL);

  f = &entity_class (self)->fields[field];
  v = field_value (self, field);

  switch (f->type)
    {
    case CVK_FIELD_STRING:
    case CVK_FIELD_REF:
      return g_strdup (g_value_get_string (v) ? g_value_get_string (v) : "");
    case CVK_FIELD_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (v));
    case CVK_FIELD_DOUBLE:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_dtostr (buf, sizeof buf, g_value_get_double (v)));
      }
    case CVK_FIELD_BOOL:
      return g_strdup (g_value_get_boolean (v) ? "yes" : "no");
    case CVK_FIELD_ENUM:
      return g_strdup (cvk_enum_to_nick (G_VALUE_TYPE (v), g_value_get_enum (v)));
    case CVK_FIELD_DATE:
      {
        const GDate *d = g_value_get_boxed (v);
        return d ? cvk_date_to_iso (d) : g_strdup ("");
      }
    default:
      g_assert_not_reached ();
    }
}

gboolean
cvk_entity_set_field_text (CvkEntity   *self,
                           guint        field,
                           const char  *text,
                           GError     **error)
{
  const CvkField *f;

  g_return_val_if_fail (CVK_IS_ENTITY (self), FALSE);

  f = &entity_class (self)->fields[field];
  if (text == NULL)
    text = "";

  switch (f->type)
    {
    case CVK_FIELD_STRING:
    case CVK_FIELD_REF:
      cvk_entity_set_string (self, field, text);
      return TRUE;

    case CVK_FIELD_INT:
      {
        gint64 n;
        if (*text == '\0')
          n = 0;
        else if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &n, NULL))
          {
            g_set_error (error, CVK_ENTITY_ERROR, CVK_ENTITY_ERROR_INVALID,
                         "“%s” is not a whole number", text);
            return FALSE;
          }
        cvk_entity_set_int (self, field, n);
        return TRUE;
      }

    case CVK_FIELD_DOUBLE:
      {
        char *end = NULL;
        double d = 0;
        if (*text != '\0')
          {
            errno = 0;
            d = g_ascii_strtod (text, &end);
            if (errno != 0 || end == text || *end != '\0')
              {
                g_set_error (error, CVK_ENTITY_ERROR, CVK_ENTITY_ERROR_INVALID,
                             "“%s” is not a number", text);
                return FALSE;
              }
          }
        cvk_entity_set_double (self, field, d);
        return TRUE;
      }

    case CVK_FIELD_BOOL:
      if (g_ascii_strcasecmp (text, "yes") == 0 || g_str_equal (text, "1") ||
          g_ascii_strcasecmp (text, "true") == 0)
        cvk_entity_set_bool (self, field, TRUE);
      else if (*text == '\0' || g_ascii_strcasecmp (text, "no") == 0 ||
               g_str_equal (text, "0") || g_ascii_strcasecmp (text, "false") == 0)
        cvk_entity_set_bool (self, field, FALSE);
      else
        {
          g_set_error (error, CVK_ENTITY_ERROR, CVK_ENTITY_ERROR_INVALID,
                       "“%s” is neither yes nor no", text);
          return FALSE;
        }
      return TRUE;

    case CVK_FIELD_ENUM:
      {
        int value;
        if (!cvk_enum_from_nick (f->enum_type (), text, &value))
          {
            g_set_error (error, CVK_ENTITY_ERROR, CVK_ENTITY_ERROR_INVALID,
                         "“%s” is not a valid %s", text, f->name);
            return FALSE;
          }
        cvk_entity_set_enum (self, field, value);
        return TRUE;
      }

    case CVK_FIELD_DATE:
      {
        GDate date;
        if (*text == '\0')
          {
            cvk_entity_set_date (self, field, NULL);
            return TRUE;
          }
        if (!cvk_date_parse_iso (text, &date))
          {
            g_set_error (error, CVK_ENTITY_ERROR, CVK_ENTITY_ERROR_INVALID,
                         "“%s” is not a date (YYYY-MM-DD)", text);
            return FALSE;
          }
        cvk_entity_set_date (self, field, &date);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}
