/* test-money.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-money"

#include "config.h"

#include <string.h>

#include "cvk-money.h"

static void
test_currency (void)
{
  g_assert_true (cvk_currency_is_valid ("CHF"));
  g_assert_true (cvk_currency_is_valid ("XOF"));
  g_assert_false (cvk_currency_is_valid (NULL));
  g_assert_false (cvk_currency_is_valid (""));
  g_assert_false (cvk_currency_is_valid ("chf"));
  g_assert_false (cvk_currency_is_valid ("CH"));
  g_assert_false (cvk_currency_is_valid ("CHFX"));
  g_assert_false (cvk_currency_is_valid ("C1F"));
  g_assert_false (cvk_currency_is_valid ("ÉUR"));

  g_assert_cmpuint (cvk_currency_decimals ("CHF"), ==, 2);
  g_assert_cmpuint (cvk_currency_decimals ("USD"), ==, 2);
  g_assert_cmpuint (cvk_currency_decimals ("EUR"), ==, 2);
  g_assert_cmpuint (cvk_currency_decimals ("JPY"), ==, 0);
  g_assert_cmpuint (cvk_currency_decimals ("KRW"), ==, 0);
  g_assert_cmpuint (cvk_currency_decimals ("XOF"), ==, 0);
  g_assert_cmpuint (cvk_currency_decimals ("VUV"), ==, 0);
  g_assert_cmpuint (cvk_currency_decimals ("BHD"), ==, 3);
  g_assert_cmpuint (cvk_currency_decimals ("KWD"), ==, 3);
  g_assert_cmpuint (cvk_currency_decimals ("TND"), ==, 3);
}

static void
test_init (void)
{
  CvkMoney m;

  cvk_money_init (&m, -500, "EUR");
  g_assert_cmpint (m.minor, ==, -500);
  g_assert_cmpstr (m.currency, ==, "EUR");
}

typedef struct
{
  const char *text;
  const char *currency;
  gint64      minor;
  const char *decimal;   /* what cvk_money_to_decimal() writes back */
} ParseCase;

static void
test_parse (void)
{
  static const ParseCase cases[] = {
    { "1234.5", "CHF", 123450, "1234.50" },
    { "1234.50", "CHF", 123450, "1234.50" },
    { "1234", "CHF", 123400, "1234.00" },
    { "0", "CHF", 0, "0.00" },
    { "0.05", "CHF", 5, "0.05" },
    { "-0.05", "CHF", -5, "-0.05" },
    { "-5", "CHF", -500, "-5.00" },
    { "-0", "CHF", 0, "0.00" },
    { "007.1", "EUR", 710, "7.10" },
    { "1200", "JPY", 1200, "1200" },
    { "-1200", "JPY", -1200, "-1200" },
    { "1.5", "BHD", 1500, "1.500" },
    { "1.234", "KWD", 1234, "1.234" },
    { "-0.001", "TND", -1, "-0.001" },
    { "92233720368547758.07", "CHF", G_MAXINT64, "92233720368547758.07" },
    { "-92233720368547758.08", "CHF", G_MININT64, "-92233720368547758.08" },
    { "9223372036854775807", "JPY", G_MAXINT64, "9223372036854775807" },
    { "-9223372036854775808", "JPY", G_MININT64, "-9223372036854775808" },
    { "9223372036854775.807", "BHD", G_MAXINT64, "9223372036854775.807" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *decimal = NULL;
      CvkMoney m;

      g_test_message ("parsing %s %s", cases[i].currency, cases[i].text);
      g_assert_true (cvk_money_parse (cases[i].text, cases[i].currency, &m, &error));
      g_assert_no_error (error);
      g_assert_cmpint (m.minor, ==, cases[i].minor);
      g_assert_cmpstr (m.currency, ==, cases[i].currency);

      decimal = cvk_money_to_decimal (&m);
      g_assert_cmpstr (decimal, ==, cases[i].decimal);
    }
}

typedef struct
{
  const char *text;
  const char *currency;
  int         code;
} RejectCase;

static void
test_parse_reject (void)
{
  static const RejectCase cases[] = {
    { "", "CHF", CVK_MONEY_ERROR_INVALID },
    { NULL, "CHF", CVK_MONEY_ERROR_INVALID },
    { "-", "CHF", CVK_MONEY_ERROR_INVALID },
    { ".5", "CHF", CVK_MONEY_ERROR_INVALID },
    { "5.", "CHF", CVK_MONEY_ERROR_INVALID },
    { "+5", "CHF", CVK_MONEY_ERROR_INVALID },
    { "--5", "CHF", CVK_MONEY_ERROR_INVALID },
    { " 5", "CHF", CVK_MONEY_ERROR_INVALID },
    { "5 ", "CHF", CVK_MONEY_ERROR_INVALID },
    { "abc", "CHF", CVK_MONEY_ERROR_INVALID },
    { "1,234.50", "CHF", CVK_MONEY_ERROR_INVALID },
    { "1'234.50", "CHF", CVK_MONEY_ERROR_INVALID },
    { "1 234", "CHF", CVK_MONEY_ERROR_INVALID },
    { "12,5", "CHF", CVK_MONEY_ERROR_INVALID },
    { "1e3", "CHF", CVK_MONEY_ERROR_INVALID },
    { "1.5e3", "CHF", CVK_MONEY_ERROR_INVALID },
    { "0x10", "CHF", CVK_MONEY_ERROR_INVALID },
    { "1.2.3", "CHF", CVK_MONEY_ERROR_INVALID },
    { "CHF 5", "CHF", CVK_MONEY_ERROR_INVALID },
    { "1.234", "CHF", CVK_MONEY_ERROR_INVALID },
    { "1.5", "JPY", CVK_MONEY_ERROR_INVALID },
    { "1.0", "JPY", CVK_MONEY_ERROR_INVALID },
    { "1.2345", "BHD", CVK_MONEY_ERROR_INVALID },
    { "1", "chf", CVK_MONEY_ERROR_CURRENCY },
    { "1", "", CVK_MONEY_ERROR_CURRENCY },
    { "1", NULL, CVK_MONEY_ERROR_CURRENCY },
    { "92233720368547758.08", "CHF", CVK_MONEY_ERROR_OVERFLOW },
    { "-92233720368547758.09", "CHF", CVK_MONEY_ERROR_OVERFLOW },
    { "92233720368547759", "CHF", CVK_MONEY_ERROR_OVERFLOW },
    { "9223372036854775808", "JPY", CVK_MONEY_ERROR_OVERFLOW },
    { "-9223372036854775809", "JPY", CVK_MONEY_ERROR_OVERFLOW },
    { "99999999999999999999999999", "JPY", CVK_MONEY_ERROR_OVERFLOW },
    { "9223372036854775.808", "BHD", CVK_MONEY_ERROR_OVERFLOW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      CvkMoney m;

      cvk_money_init (&m, 42, "USD");

      g_test_message ("rejecting %s “%s”",
                      cases[i].currency ? cases[i].currency : "(null)",
                      cases[i].text ? cases[i].text : "(null)");
      g_assert_false (cvk_money_parse (cases[i].text, cases[i].currency, &m, &error));
      g_assert_error (error, CVK_MONEY_ERROR, cases[i].code);
      g_assert_nonnull (error->message);

      /* a failed parse leaves the amount alone */
      g_assert_cmpint (m.minor, ==, 42);
      g_assert_cmpstr (m.currency, ==, "USD");
    }

  /* the message names the text */
  {
    g_autoptr(GError) error = NULL;
    CvkMoney m;

    g_assert_false (cvk_money_parse ("12,50", "EUR", &m, &error));
    g_assert_nonnull (strstr (error->message, "12,50"));
  }
}

typedef struct
{
  gint64      minor;
  const char *currency;
  const char *formatted;
} FormatCase;

static void
test_format (void)
{
  static const FormatCase cases[] = {
    { 123450, "CHF", "CHF 1,234.50" },
    { -500, "CHF", "-CHF 5.00" },
    { -5, "CHF", "-CHF 0.05" },
    { 0, "CHF", "CHF 0.00" },
    { 99, "USD", "USD 0.99" },
    { 100000, "EUR", "EUR 1,000.00" },
    { 12345678901, "EUR", "EUR 123,456,789.01" },
    { 1200, "JPY", "JPY 1,200" },
    { 999, "JPY", "JPY 999" },
    { -1000000, "KRW", "-KRW 1,000,000" },
    { 1234567, "KWD", "KWD 1,234.567" },
    { -1, "BHD", "-BHD 0.001" },
    { G_MAXINT64, "JPY", "JPY 9,223,372,036,854,775,807" },
    { G_MININT64, "CHF", "-CHF 92,233,720,368,547,758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      CvkMoney m;

      cvk_money_init (&m, cases[i].minor, cases[i].currency);
      text = cvk_money_format (&m);
      g_assert_cmpstr (text, ==, cases[i].formatted);
    }
}

static void
test_to_decimal (void)
{
  static const FormatCase cases[] = {
    { 123450, "CHF", "1234.50" },
    { -5, "CHF", "-0.05" },
    { 0, "CHF", "0.00" },
    { 1200, "JPY", "1200" },
    { 0, "JPY", "0" },
    { -1200, "JPY", "-1200" },
    { 1500, "BHD", "1.500" },
    { -1, "OMR", "-0.001" },
    { 1234567890, "USD", "12345678.90" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      CvkMoney m, back;

      cvk_money_init (&m, cases[i].minor, cases[i].currency);
      text = cvk_money_to_decimal (&m);
      g_assert_cmpstr (text, ==, cases[i].formatted);

      /* what files get, files give back */
      g_assert_true (cvk_money_parse (text, cases[i].currency, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cvk_money_compare (&m, &back), ==, 0);
    }
}

static void
test_add_subtract (void)
{
  g_autoptr(GError) error = NULL;
  CvkMoney a, b, r;

  cvk_money_init (&a, 123450, "CHF");
  cvk_money_init (&b, -450, "CHF");

  g_assert_true (cvk_money_add (&a, &b, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (r.minor, ==, 123000);
  g_assert_cmpstr (r.currency, ==, "CHF");

  g_assert_true (cvk_money_subtract (&a, &b, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (r.minor, ==, 123900);

  g_assert_true (cvk_money_subtract (&b, &a, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (r.minor, ==, -123900);

  /* the result may be one of the operands */
  g_assert_true (cvk_money_add (&a, &a, &a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (a.minor, ==, 246900);
  g_assert_true (cvk_money_subtract (&a, &b, &b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (b.minor, ==, 247350);

  /* up to the limits */
  cvk_money_init (&a, G_MAXINT64 - 1, "JPY");
  cvk_money_init (&b, 1, "JPY");
  g_assert_true (cvk_money_add (&a, &b, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (r.minor, ==, G_MAXINT64);

  cvk_money_init (&a, G_MININT64 + 1, "JPY");
  g_assert_true (cvk_money_subtract (&a, &b, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (r.minor, ==, G_MININT64);
}

static void
test_mismatch (void)
{
  g_autoptr(GError) error = NULL;
  CvkMoney a, b, r;

  cvk_money_init (&a, 100, "CHF");
  cvk_money_init (&b, 100, "EUR");
  cvk_money_init (&r, 7, "USD");

  g_assert_false (cvk_money_add (&a, &b, &r, &error));
  g_assert_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_CURRENCY);
  g_assert_nonnull (strstr (error->message, "CHF"));
  g_assert_nonnull (strstr (error->message, "EUR"));
  g_clear_error (&error);

  g_assert_false (cvk_money_subtract (&a, &b, &r, &error));
  g_assert_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_CURRENCY);
  g_clear_error (&error);

  /* a failure leaves the result alone */
  g_assert_cmpint (r.minor, ==, 7);
  g_assert_cmpstr (r.currency, ==, "USD");

  /* a failure with no error asked for is still a failure */
  g_assert_false (cvk_money_add (&a, &b, &r, NULL));
}

static void
test_overflow (void)
{
  g_autoptr(GError) error = NULL;
  CvkMoney a, b, r;

  cvk_money_init (&a, G_MAXINT64, "CHF");
  cvk_money_init (&b, 1, "CHF");
  cvk_money_init (&r, 7, "CHF");

  g_assert_false (cvk_money_add (&a, &b, &r, &error));
  g_assert_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_cmpint (r.minor, ==, 7);

  cvk_money_init (&b, -1, "CHF");
  g_assert_false (cvk_money_subtract (&a, &b, &r, &error));
  g_assert_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);

  cvk_money_init (&a, G_MININT64, "CHF");
  g_assert_false (cvk_money_add (&a, &b, &r, &error));
  g_assert_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);

  cvk_money_init (&b, 1, "CHF");
  g_assert_false (cvk_money_subtract (&a, &b, &r, &error));
  g_assert_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* 0 - G_MININT64 does not fit either */
  cvk_money_init (&a, 0, "CHF");
  cvk_money_init (&b, G_MININT64, "CHF");
  g_assert_false (cvk_money_subtract (&a, &b, &r, &error));
  g_assert_error (error, CVK_MONEY_ERROR, CVK_MONEY_ERROR_OVERFLOW);
  g_assert_cmpint (r.minor, ==, 7);
}

static void
test_compare (void)
{
  CvkMoney a, b, c, d;

  cvk_money_init (&a, 100, "CHF");
  cvk_money_init (&b, 250, "CHF");
  cvk_money_init (&c, -300, "CHF");
  cvk_money_init (&d, 100, "CHF");

  g_assert_cmpint (cvk_money_compare (&a, &b), <, 0);
  g_assert_cmpint (cvk_money_compare (&b, &a), >, 0);
  g_assert_cmpint (cvk_money_compare (&c, &a), <, 0);
  g_assert_cmpint (cvk_money_compare (&a, &d), ==, 0);
  g_assert_cmpint (cvk_money_compare (&a, &a), ==, 0);

  /* no overflow at the extremes */
  cvk_money_init (&a, G_MININT64, "CHF");
  cvk_money_init (&b, G_MAXINT64, "CHF");
  g_assert_cmpint (cvk_money_compare (&a, &b), <, 0);
  g_assert_cmpint (cvk_money_compare (&b, &a), >, 0);

  /* different currencies sort by code, whatever the amounts */
  cvk_money_init (&a, 1000000, "CHF");
  cvk_money_init (&b, 1, "EUR");
  g_assert_cmpint (cvk_money_compare (&a, &b), <, 0);
  g_assert_cmpint (cvk_money_compare (&b, &a), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/money/currency", test_currency);
  g_test_add_func ("/cvk/money/init", test_init);
  g_test_add_func ("/cvk/money/parse", test_parse);
  g_test_add_func ("/cvk/money/parse-reject", test_parse_reject);
  g_test_add_func ("/cvk/money/format", test_format);
  g_test_add_func ("/cvk/money/to-decimal", test_to_decimal);
  g_test_add_func ("/cvk/money/add-subtract", test_add_subtract);
  g_test_add_func ("/cvk/money/mismatch", test_mismatch);
  g_test_add_func ("/cvk/money/overflow", test_overflow);
  g_test_add_func ("/cvk/money/compare", test_compare);

  return g_test_run ();
}
