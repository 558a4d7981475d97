/* cvk-money.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No floating point here: amounts are gint64 counts of minor units, text is
 * read and written digit by digit, and every operation that could leave the
 * range of gint64 says so instead of wrapping.
 */

#define G_LOG_DOMAIN "cvk-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cvk-money.h"

G_DEFINE_QUARK (cvk-money-error-quark, cvk_money_error)

/* The ISO 4217 currencies whose minor unit is not 1/100.  Every other
 * currency has two decimals. */
static const char zero_decimal_currencies[][4] = {
  "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
  "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
};

static const char three_decimal_currencies[][4] = {
  "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND",
};

/* The largest number of decimals in the tables above. */
#define MAX_DECIMALS 3

gboolean
cvk_currency_is_valid (const char *code)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (code[i] < 'A' || code[i] > 'Z')
      return FALSE;

  return code[3] == '\0';
}

guint
cvk_currency_decimals (const char *code)
{
  g_return_val_if_fail (code != NULL, 2);

  for (guint i = 0; i < G_N_ELEMENTS (zero_decimal_currencies); i++)
    if (strcmp (code, zero_decimal_currencies[i]) == 0)
      return 0;

  for (guint i = 0; i < G_N_ELEMENTS (three_decimal_currencies); i++)
    if (strcmp (code, three_decimal_currencies[i]) == 0)
      return 3;

  return 2;
}

static guint64
power_of_ten (guint exponent)
{
  guint64 result = 1;

  g_assert (exponent <= MAX_DECIMALS);

  while (exponent-- > 0)
    result *= 10;

  return result;
}

/* The absolute value of @minor, which is representable as a guint64 even
 * for G_MININT64. */
static guint64
magnitude (gint64 minor)
{
  return minor < 0 ? (guint64) 0 - (guint64) minor : (guint64) minor;
}

void
cvk_money_init (CvkMoney   *money,
                gint64      minor,
                const char *currency)
{
  g_return_if_fail (money != NULL);
  g_return_if_fail (cvk_currency_is_valid (currency));

  money->minor = minor;
  memcpy (money->currency, currency, sizeof money->currency);
}

/**
 * cvk_money_parse:
 * @text: an amount such as "1234.5" or "-0.05"
 * @currency: the ISO 4217 code of the amount
 * @money: (out): where to store the amount
 * @error: return location for a #GError
 *
 * Reads an amount as files write it: an optional '-', one or more ASCII
 * digits, then optionally '.' and between one and as many digits as the
 * currency has decimals.  Nothing else is accepted: no '+', no spaces, no
 * thousands separators, no exponent.
 *
 * Returns: %TRUE and sets @money on success; %FALSE with @error set
 *   (%CVK_MONEY_ERROR_INVALID, %CVK_MONEY_ERROR_CURRENCY or
 *   %CVK_MONEY_ERROR_OVERFLOW) and @money untouched otherwise.
 */
gboolean
cvk_money_parse (const char  *text,
                 const char  *currency,
                 CvkMoney    *money,
                 GError     **error)
{
  const char *p = text;
  gboolean negative = FALSE;
  guint64 limit;
  guint64 value = 0;
  guint decimals;
  guint n_int_digits = 0;
  guint n_frac_digits = 0;

  g_return_val_if_fail (money != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cvk_currency_is_valid (currency))
    {
      g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_CURRENCY,
                   _("“%s” is not a currency code (three capital letters, as in CHF)"),
                   currency ? currency : "");
      return FALSE;
    }

  if (text == NULL || text[0] == '\0')
    {
      g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_INVALID,
                   _("An amount in %s is missing"), currency);
      return FALSE;
    }

  decimals = cvk_currency_decimals (currency);

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  /* Accumulate the magnitude in minor units; a negative amount may reach
   * one more than G_MAXINT64, which is G_MININT64. */
  limit = (guint64) G_MAXINT64 + (negative ? 1 : 0);

  for (; g_ascii_isdigit (*p); p++, n_int_digits++)
    {
      guint digit = *p - '0';

      if (value > (limit - digit) / 10)
        goto overflow;
      value = value * 10 + digit;
    }

  if (n_int_digits == 0)
    goto invalid;

  if (*p == '.')
    {
      guint64 fraction = 0;

      for (p++; g_ascii_isdigit (*p); p++, n_frac_digits++)
        if (n_frac_digits < MAX_DECIMALS)
          fraction = fraction * 10 + (guint) (*p - '0');

      if (*p != '\0')
        goto invalid;

      if (n_frac_digits == 0)
        goto invalid;

      if (n_frac_digits > decimals)
        {
          if (decimals == 0)
            g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_INVALID,
                         _("“%s” has decimals, but amounts in %s have none"),
                         text, currency);
          else
            g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_INVALID,
                         _("“%s” has too many decimals: amounts in %s have %u"),
                         text, currency, decimals);
          return FALSE;
        }

      /* "1234.5" in a currency of two decimals is 123450 minor units. */
      fraction *= power_of_ten (decimals - n_frac_digits);

      if (value > (limit - fraction) / power_of_ten (decimals))
        goto overflow;
      value = value * power_of_ten (decimals) + fraction;
    }
  else if (*p == '\0')
    {
      if (value > limit / power_of_ten (decimals))
        goto overflow;
      value *= power_of_ten (decimals);
    }
  else
    goto invalid;

  if (negative)
    money->minor = value == limit ? G_MININT64 : -(gint64) value;
  else
    money->minor = (gint64) value;
  memcpy (money->currency, currency, sizeof money->currency);

  return TRUE;

invalid:
  g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_INVALID,
               _("“%s” is not an amount in %s (write it as 1234.50)"),
               text, currency);
  return FALSE;

overflow:
  g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_OVERFLOW,
               _("“%s” is too large an amount"), text);
  return FALSE;
}

/* Appends the digits of |@money| to @out, with @separator between groups
 * of three digits of the whole part unless it is NUL. */
static void
append_amount (GString        *out,
               const CvkMoney *money,
               char            separator)
{
  guint decimals = cvk_currency_decimals (money->currency);
  guint64 unit = power_of_ten (decimals);
  guint64 value = magnitude (money->minor);
  char whole[32];
  gsize n;

  g_snprintf (whole, sizeof whole, "%" G_GUINT64_FORMAT, value / unit);
  n = strlen (whole);

  for (gsize i = 0; i < n; i++)
    {
      if (separator != '\0' && i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, separator);
      g_string_append_c (out, whole[i]);
    }

  if (decimals > 0)
    g_string_append_printf (out, ".%0*" G_GUINT64_FORMAT, (int) decimals, value % unit);
}

/**
 * cvk_money_to_decimal:
 *
 * The amount as files write it, without the currency: "1234.50",
 * "-0.05", "1200" for JPY.  cvk_money_parse() reads it back.
 */
char *
cvk_money_to_decimal (const CvkMoney *money)
{
  GString *out;

  g_return_val_if_fail (money != NULL, NULL);

  out = g_string_new (NULL);
  if (money->minor < 0)
    g_string_append_c (out, '-');
  append_amount (out, money, '\0');

  return g_string_free (out, FALSE);
}

/**
 * cvk_money_format:
 *
 * The amount for people: "CHF 1,234.50", "-CHF 5.00", "JPY 1,200".  The
 * sign goes before the currency code, whatever the locale, so that it is
 * never lost at the end of a number in a right-to-left text.
 */
char *
cvk_money_format (const CvkMoney *money)
{
  GString *out;

  g_return_val_if_fail (money != NULL, NULL);

  out = g_string_new (NULL);
  if (money->minor < 0)
    g_string_append_c (out, '-');
  g_string_append (out, money->currency);
  g_string_append_c (out, ' ');
  append_amount (out, money, ',');

  return g_string_free (out, FALSE);
}

static gboolean
check_same_currency (const CvkMoney  *a,
                     const CvkMoney  *b,
                     GError         **error)
{
  if (strcmp (a->currency, b->currency) == 0)
    return TRUE;

  g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_CURRENCY,
               _("Amounts in %s and %s cannot be combined"),
               a->currency, b->currency);
  return FALSE;
}

gboolean
cvk_money_add (const CvkMoney  *a,
               const CvkMoney  *b,
               CvkMoney        *sum,
               GError         **error)
{
  gint64 result;

  g_return_val_if_fail (a != NULL && b != NULL && sum != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_same_currency (a, b, error))
    return FALSE;

  if (__builtin_add_overflow (a->minor, b->minor, &result))
    {
      g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_OVERFLOW,
                   _("The sum is too large an amount of %s"), a->currency);
      return FALSE;
    }

  /* @sum may be @a or @b. */
  cvk_money_init (sum, result, a->currency);
  return TRUE;
}

gboolean
cvk_money_subtract (const CvkMoney  *a,
                    const CvkMoney  *b,
                    CvkMoney        *difference,
                    GError         **error)
{
  gint64 result;

  g_return_val_if_fail (a != NULL && b != NULL && difference != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_same_currency (a, b, error))
    return FALSE;

  if (__builtin_sub_overflow (a->minor, b->minor, &result))
    {
      g_set_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_OVERFLOW,
                   _("The difference is too large an amount of %s"), a->currency);
      return FALSE;
    }

  cvk_money_init (difference, result, a->currency);
  return TRUE;
}

/**
 * cvk_money_compare:
 *
 * A total order for sorting: by currency code first, then by amount.
 * Amounts in one currency compare by value.
 *
 * Returns: a negative value, 0 or a positive value, as strcmp() does.
 */
int
cvk_money_compare (const CvkMoney *a,
                   const CvkMoney *b)
{
  int by_currency;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  by_currency = strcmp (a->currency, b->currency);
  if (by_currency != 0)
    return by_currency < 0 ? -1 : 1;

  return (a->minor > b->minor) - (a->minor < b->minor);
}
