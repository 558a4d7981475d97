/* cvk-money.h: amounts of money in integer minor units
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Never a double: an amount is a count of the currency's minor unit (cents
 * of CHF, yen of JPY) with its ISO 4217 code.  The number of decimals comes
 * from the currency (2 unless ISO 4217 says 0 or 3).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gint64 minor;        /* amount in minor units */
  char   currency[4];  /* ISO 4217 code, NUL-terminated */
} CvkMoney;

gboolean  cvk_currency_is_valid     (const char      *code);
guint     cvk_currency_decimals     (const char      *code);

void      cvk_money_init            (CvkMoney        *money,
                                     gint64           minor,
                                     const char      *currency);
gboolean  cvk_money_parse           (const char      *text,
                                     const char      *currency,
                                     CvkMoney        *money,
                                     GError         **error);
char     *cvk_money_to_decimal      (const CvkMoney  *money);
char     *cvk_money_format          (const CvkMoney  *money);
gboolean  cvk_money_add             (const CvkMoney  *a,
                                     const CvkMoney  *b,
                                     CvkMoney        *sum,
                                     GError         **error);
gboolean  cvk_money_subtract        (const CvkMoney  *a,
                                     const CvkMoney  *b,
                                     CvkMoney        *difference,
                                     GError         **error);
int       cvk_money_compare         (const CvkMoney  *a,
                                     const CvkMoney  *b);

#define CVK_MONEY_ERROR (cvk_money_error_quark ())
GQuark    cvk_money_error_quark     (void);

typedef enum
{
  CVK_MONEY_ERROR_INVALID,
  CVK_MONEY_ERROR_CURRENCY,
  CVK_MONEY_ERROR_OVERFLOW,
} CvkMoneyError;

G_END_DECLS
