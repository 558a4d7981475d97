/* cvk-country-names.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-country-names"

#include "config.h"

#include <json-glib/json-glib.h>
#include <libintl.h>
#include <string.h>

#include "cvk-country-names.h"

#ifndef ISO_CODES_PREFIX
# define ISO_CODES_PREFIX "/usr"
#endif

#define ISO_3166_DOMAIN  "iso_3166-1"
#define ISO_3166_JSON    ISO_CODES_PREFIX "/share/iso-codes/json/iso_3166-1.json"
#define ISO_CODES_LOCALEDIR ISO_CODES_PREFIX "/share/locale"

/* alpha_2 (upper case) -> ISO English name; read once, kept for the
 * program's life. */
static GHashTable *
iso_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      if (!json_parser_load_from_file (parser, ISO_3166_JSON, &error))
        g_warning ("Cannot read the country names of iso-codes: %s", error->message);
      else
        {
          JsonNode *root = json_parser_get_root (parser);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
          JsonArray *array = NULL;

          if (object != NULL && json_object_has_member (object, "3166-1"))
            array = json_object_get_array_member (object, "3166-1");

          for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
            {
              JsonObject *country = json_array_get_object_element (array, i);
              const char *code, *name;

              if (country == NULL)
                continue;
              code = json_object_get_string_member_with_default (country, "alpha_2", NULL);
              name = json_object_get_string_member_with_default (country, "name", NULL);
              if (code != NULL && name != NULL)
                g_hash_table_insert (table, g_ascii_strup (code, -1), g_strdup (name));
            }
        }

      bindtextdomain (ISO_3166_DOMAIN, ISO_CODES_LOCALEDIR);
      bind_textdomain_codeset (ISO_3166_DOMAIN, "UTF-8");

      g_once_init_leave (&names, table);
    }

  return names;
}

const char *
cvk_country_iso_name (const char *code)
{
  char key[3];

  g_return_val_if_fail (code != NULL, NULL);

  if (strlen (code) != 2)
    return NULL;

  key[0] = g_ascii_toupper (code[0]);
  key[1] = g_ascii_toupper (code[1]);
  key[2] = '\0';
  return g_hash_table_lookup (iso_names (), key);
}

static const char *
non_empty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static CvkCountries *
default_countries (void)
{
  static CvkCountries *countries;

  if (g_once_init_enter (&countries))
    g_once_init_leave (&countries, cvk_countries_new_default ());
  return countries;
}

const char *
cvk_country_un_name (CvkCountries *countries,
                     const char   *code,
                     const char   *language)
{
  const CvkCountry *country;

  g_return_val_if_fail (countries == NULL || CVK_IS_COUNTRIES (countries), NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  if (countries == NULL)
    countries = default_countries ();

  country = cvk_countries_lookup (countries, code);
  if (country == NULL)
    return NULL;

  if (g_str_has_prefix (language, "ar")) return non_empty (country->name_ar);
  if (g_str_has_prefix (language, "es")) return non_empty (country->name_es);
  if (g_str_has_prefix (language, "fr")) return non_empty (country->name_fr);
  if (g_str_has_prefix (language, "ru")) return non_empty (country->name_ru);
  if (g_str_has_prefix (language, "zh")) return non_empty (country->name_zh);
  if (g_str_has_prefix (language, "en")) return non_empty (country->name_en);
  return NULL;
}

const char *
cvk_country_name (CvkCountries *countries,
                  const char   *code)
{
  const char *iso_name;
  const char *name;
  const char *const *languages;

  g_return_val_if_fail (countries == NULL || CVK_IS_COUNTRIES (countries), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (countries == NULL)
    countries = default_countries ();

  iso_name = cvk_country_iso_name (code);
  if (iso_name != NULL)
    {
      const char *translated = dgettext (ISO_3166_DOMAIN, iso_name);

      if (translated != iso_name && g_strcmp0 (translated, iso_name) != 0)
        return translated;
    }

  /* No translation: the UN name in the first language of the user's that
   * the table has, stopping at English (iso-codes' own language). */
  languages = g_get_language_names ();
  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *language = languages[i];

      if (g_str_equal (language, "C") || g_str_equal (language, "POSIX") ||
          g_str_has_prefix (language, "C."))
        break;
      name = cvk_country_un_name (countries, code, language);
      if (name != NULL)
        return name;
      if (g_str_has_prefix (language, "en"))
        break;
    }

  name = cvk_country_un_name (countries, code, "en");
  if (name != NULL)
    return name;
  if (iso_name != NULL)
    return iso_name;
  return code;
}
