/* test-arbitration.c: proposals for over-subscribed regions
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-arbitration"

#include "config.h"

#include <string.h>

#include "cvk-arbitration.h"
#include "cvk-domain.h"
#include "cvk-rules.h"

typedef struct
{
  GListStore     *members;
  CvkDocSettings *settings;
  CvkCountries   *countries;
  CvkPlan         plan;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->members = g_list_store_new (CVK_TYPE_MEMBER);
  f->settings = cvk_doc_settings_new ();
  f->countries = cvk_countries_new_default ();
  f->plan.members = G_LIST_MODEL (f->members);
  f->plan.settings = f->settings;
  f->plan.countries = f->countries;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->members);
  g_clear_pointer (&f->settings, cvk_doc_settings_free);
  g_clear_object (&f->countries);
}

/* gender: 'f', 'm', 'o' (other), '?' (undisclosed); status: 'c' confirmed,
 * 'k' candidate, 'v' vacant, 'w' withdrawn. */
static CvkMember *
add (Fixture    *f,
     const char *id,
     CvkRole     role,
     const char *region,
     const char *country,
     char        gender,
     gboolean    youth,
     char        status)
{
  g_autoptr(CvkMember) m = cvk_member_new (id);
  CvkEntity *e = CVK_ENTITY (m);

  cvk_entity_set_string (e, CVK_MEMBER_NAME, id);
  cvk_entity_set_enum (e, CVK_MEMBER_ROLE, role);
  cvk_entity_set_string (e, CVK_MEMBER_REGION, region);
  cvk_entity_set_string (e, CVK_MEMBER_COUNTRY, country);
  cvk_entity_set_enum (e, CVK_MEMBER_GENDER,
                       gender == 'f' ? CVK_GENDER_FEMALE :
                       gender == 'm' ? CVK_GENDER_MALE :
                       gender == 'o' ? CVK_GENDER_OTHER : CVK_GENDER_UNDISCLOSED);
  cvk_entity_set_bool (e, CVK_MEMBER_YOUTH, youth);
  cvk_entity_set_enum (e, CVK_MEMBER_STATUS,
                       status == 'c' ? CVK_MEMBER_STATUS_CONFIRMED :
                       status == 'k' ? CVK_MEMBER_STATUS_CANDIDATE :
                       status == 'w' ? CVK_MEMBER_STATUS_WITHDRAWN : CVK_MEMBER_STATUS_VACANT);
  g_list_store_append (f->members, m);
  return m;
}

static void
add_volunteer (Fixture    *f,
               const char *id,
               const char *region,
               const char *country,
               char        gender,
               gboolean    youth,
               char        status)
{
  add (f, id, CVK_ROLE_REGIONAL_VOLUNTEER, region, country, gender, youth, status);
}

/* The ex officio members, confirmed: two men, one woman. */
static void
add_ex_officio (Fixture *f)
{
  add (f, "R01", CVK_ROLE_RG_IEM_LEAD, "", "CH", 'f', FALSE, 'c');
  add (f, "R02", CVK_ROLE_TSB_DIRECTOR, "", "DE", 'm', FALSE, 'c');
  add (f, "R04", CVK_ROLE_ITU_T_COUNSELLOR, "", "FR", 'm', FALSE, 'c');
}

/* "A1+ A2- A3+": the selection of @arbitration, by id. */
static char *
selection (CvkArbitration *arbitration)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < arbitration->choices->len; i++)
    {
      CvkArbitrationChoice *c = g_ptr_array_index (arbitration->choices, i);
      g_string_append_printf (s, "%s%s%c", i ? " " : "",
                              cvk_entity_get_id (CVK_ENTITY (c->member)),
                              c->selected ? '+' : '-');
    }
  return g_string_free (s, FALSE);
}

static CvkArbitrationReason
reason_of (CvkArbitration *arbitration,
           const char     *id)
{
  CvkArbitrationChoice *c = cvk_arbitration_find (arbitration, id);

  g_assert_nonnull (c);
  g_assert_nonnull (c->explanation);
  g_assert_cmpstr (c->explanation, !=, "");
  /* One sentence. */
  g_assert_true (g_str_has_suffix (c->explanation, "."));
  return c->reason;
}

static void
test_none_needed (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) result = NULL;

  /* The template: every seat vacant. */
  add (f, "R01", CVK_ROLE_RG_IEM_LEAD, "", "", '?', FALSE, 'v');
  add_volunteer (f, "R05", "A", "", '?', FALSE, 'v');
  add_volunteer (f, "R06", "A", "", '?', FALSE, 'v');
  result = cvk_arbitration_propose (&f->plan);
  g_assert_cmpuint (result->len, ==, 0);
  g_clear_pointer (&result, g_ptr_array_unref);

  /* Two candidates for two seats, a withdrawn one aside. */
  add_volunteer (f, "R07", "B", "DE", 'm', FALSE, 'k');
  add_volunteer (f, "R08", "B", "FR", 'f', FALSE, 'k');
  add_volunteer (f, "R09", "B", "IT", 'f', FALSE, 'w');
  result = cvk_arbitration_propose (&f->plan);
  g_assert_cmpuint (result->len, ==, 0);
  g_assert_null (cvk_arbitration_propose_region (&f->plan, "B"));

  /* An empty plan. */
  {
    CvkPlan empty = { 0 };
    g_autoptr(GPtrArray) none = cvk_arbitration_propose (&empty);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
test_gender_first (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CvkArbitration) a = NULL;
  g_autofree char *sel = NULL;

  add_ex_officio (f);                                  /* 1 woman, 2 men */
  /* A man from a developing country, young: better on every other count. */
  add_volunteer (f, "V1", "A", "BR", 'm', TRUE, 'k');
  add_volunteer (f, "V2", "A", "MX", 'm', TRUE, 'k');
  add_volunteer (f, "V3", "A", "US", 'f', FALSE, 'k');

  a = cvk_arbitration_propose_region (&f->plan, "A");
  g_assert_nonnull (a);
  g_assert_cmpstr (a->region, ==, "A");
  g_assert_cmpuint (a->n_seats, ==, 2);
  g_assert_cmpuint (cvk_arbitration_get_n_selected (a), ==, 2);

  /* The woman first; between the two men, equal, the earlier id. */
  sel = selection (a);
  g_assert_cmpstr (sel, ==, "V1+ V2- V3+");
  g_assert_cmpuint (a->n_female, ==, 2);
  g_assert_cmpuint (a->n_male, ==, 3);
  g_assert_cmpint (reason_of (a, "V3"), ==, CVK_ARBITRATION_REASON_GENDER);
  g_assert_cmpint (reason_of (a, "V1"), ==, CVK_ARBITRATION_REASON_TIE);
  g_assert_cmpint (reason_of (a, "V2"), ==, CVK_ARBITRATION_REASON_TIE);
}

static void
test_developing_then_youth (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CvkArbitration) a = NULL;
  g_autoptr(CvkArbitration) b = NULL;
  g_autofree char *sel_a = NULL;
  g_autofree char *sel_b = NULL;

  add_ex_officio (f);
  /* Region A: one seat left; the gender is equal among the candidates. */
  add_volunteer (f, "A0", "A", "CA", 'f', FALSE, 'c');
  add_volunteer (f, "A1", "A", "US", 'm', TRUE, 'k');   /* developed */
  add_volunteer (f, "A2", "A", "BR", 'm', FALSE, 'k');  /* developing */
  /* Region D: all from developing countries, men; youth decides. */
  add_volunteer (f, "D1", "D", "KE", 'm', FALSE, 'k');
  add_volunteer (f, "D2", "D", "NG", 'm', TRUE, 'k');
  add_volunteer (f, "D3", "D", "GH", 'f', FALSE, 'k');

  a = cvk_arbitration_propose_region (&f->plan, "A");
  sel_a = selection (a);
  g_assert_cmpuint (a->n_seats, ==, 1);
  g_assert_cmpuint (a->n_confirmed, ==, 1);
  g_assert_cmpstr (sel_a, ==, "A1- A2+");
  g_assert_cmpint (reason_of (a, "A2"), ==, CVK_ARBITRATION_REASON_DEVELOPING);
  g_assert_cmpint (reason_of (a, "A1"), ==, CVK_ARBITRATION_REASON_DEVELOPING);

  /* D3 (a woman) first, then the young man. */
  b = cvk_arbitration_propose_region (&f->plan, "D");
  sel_b = selection (b);
  g_assert_cmpstr (sel_b, ==, "D1- D2+ D3+");
  g_assert_cmpint (reason_of (b, "D3"), ==, CVK_ARBITRATION_REASON_GENDER);
  g_assert_cmpint (reason_of (b, "D2"), ==, CVK_ARBITRATION_REASON_YOUTH);
  g_assert_cmpint (reason_of (b, "D1"), ==, CVK_ARBITRATION_REASON_YOUTH);
}

static void
test_one_gender_pool (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CvkArbitration) a = NULL;
  g_autofree char *sel = NULL;

  add_ex_officio (f);
  /* Only women, all equal but for the id: the earliest two. */
  add_volunteer (f, "E3", "E", "IN", 'f', FALSE, 'k');
  add_volunteer (f, "E1", "E", "CN", 'f', FALSE, 'k');
  add_volunteer (f, "E2", "E", "SA", 'f', FALSE, 'k');

  a = cvk_arbitration_propose_region (&f->plan, "E");
  sel = selection (a);
  g_assert_cmpstr (sel, ==, "E1+ E2+ E3-");
  for (guint i = 0; i < a->choices->len; i++)
    {
      CvkArbitrationChoice *c = g_ptr_array_index (a->choices, i);
      g_assert_cmpint (c->reason, ==, CVK_ARBITRATION_REASON_TIE);
    }
  g_assert_cmpuint (a->n_female, ==, 3);
  g_assert_cmpuint (a->n_male, ==, 2);
}

static void
test_ties_deterministic (Fixture       *f,
                         gconstpointer  data)
{
  static const char *ids[] = { "B4", "B2", "B5", "B1", "B3" };
  g_autofree char *first = NULL;

  /* The same roster in five insertion orders: the same proposal. */
  for (guint round = 0; round < G_N_ELEMENTS (ids); round++)
    {
      g_autoptr(CvkArbitration) a = NULL;
      g_autofree char *sel = NULL;

      g_list_store_remove_all (f->members);
      add_ex_officio (f);
      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        {
          const char *id = ids[(i + round) % G_N_ELEMENTS (ids)];
          /* B2 and B4 are women; all from developed countries. */
          add_volunteer (f, id, "B", "DE",
                         (g_str_equal (id, "B2") || g_str_equal (id, "B4")) ? 'f' : 'm',
                         FALSE, 'k');
        }

      a = cvk_arbitration_propose_region (&f->plan, "B");
      sel = selection (a);
      /* 1 woman and 2 men confirmed: one woman and one man would leave a
       * gap of 1, two women a gap of 1 too: the tie goes to B1 + B2. */
      if (first == NULL)
        first = g_strdup (sel);
      g_assert_cmpstr (sel, ==, first);
    }

  g_assert_cmpstr (first, ==, "B1+ B2+ B3- B4- B5-");
}

static void
test_empty_and_full_regions (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) result = NULL;
  CvkArbitration *c;

  add_ex_officio (f);
  /* Region C: both seats held; one more candidate. */
  add_volunteer (f, "C1", "C", "KZ", 'f', FALSE, 'c');
  add_volunteer (f, "C2", "C", "AZ", 'm', FALSE, 'c');
  add_volunteer (f, "C3", "C", "RU", 'f', TRUE, 'k');
  /* A candidate whose region is unknown counts nowhere. */
  add_volunteer (f, "X1", "", "", 'f', FALSE, 'k');
  add_volunteer (f, "X2", "", "", 'f', FALSE, 'k');
  add_volunteer (f, "X3", "", "", 'f', FALSE, 'k');

  result = cvk_arbitration_propose (&f->plan);
  g_assert_cmpuint (result->len, ==, 1);
  c = g_ptr_array_index (result, 0);
  g_assert_cmpstr (c->region, ==, "C");
  g_assert_cmpuint (c->n_seats, ==, 0);
  g_assert_cmpuint (cvk_arbitration_get_n_selected (c), ==, 0);
  g_assert_cmpint (reason_of (c, "C3"), ==, CVK_ARBITRATION_REASON_NO_SEAT);
}

static void
test_region_scheme (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) admin = NULL;
  g_autoptr(GPtrArray) itu_d = NULL;
  g_autofree char *sel = NULL;
  CvkArbitration *a;

  add_ex_officio (f);
  /* Arab States: two in region D, one in region E: no arbitration under
   * the administrative regions, one under the ITU-D regions.  The region
   * field is empty: the country decides. */
  add_volunteer (f, "S1", "", "EG", 'm', FALSE, 'k');
  add_volunteer (f, "S2", "", "MA", 'm', TRUE, 'k');
  add_volunteer (f, "S3", "E", "SA", 'f', FALSE, 'k');

  admin = cvk_arbitration_propose (&f->plan);
  g_assert_cmpuint (admin->len, ==, 0);

  f->settings->region_scheme = CVK_REGION_SCHEME_ITU_D;
  itu_d = cvk_arbitration_propose (&f->plan);
  g_assert_cmpuint (itu_d->len, ==, 1);
  a = g_ptr_array_index (itu_d, 0);
  g_assert_cmpstr (a->region, ==, "Arab States");
  sel = selection (a);
  g_assert_cmpstr (sel, ==, "S1- S2+ S3+");
  g_assert_cmpint (reason_of (a, "S3"), ==, CVK_ARBITRATION_REASON_GENDER);
  g_assert_cmpint (reason_of (a, "S2"), ==, CVK_ARBITRATION_REASON_YOUTH);
}

static void
test_regions_in_turn (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) result = NULL;
  CvkArbitration *a, *b;
  g_autofree char *sel_a = NULL;
  g_autofree char *sel_b = NULL;

  add_ex_officio (f);                                  /* 1 woman, 2 men */
  add_volunteer (f, "A1", "A", "US", 'f', FALSE, 'k');
  add_volunteer (f, "A2", "A", "CA", 'f', FALSE, 'k');
  add_volunteer (f, "A3", "A", "BR", 'm', FALSE, 'k');
  add_volunteer (f, "B1", "B", "DE", 'f', FALSE, 'k');
  add_volunteer (f, "B2", "B", "FR", 'm', FALSE, 'k');
  add_volunteer (f, "B3", "B", "IT", 'm', FALSE, 'k');

  result = cvk_arbitration_propose (&f->plan);
  g_assert_cmpuint (result->len, ==, 2);
  a = g_ptr_array_index (result, 0);
  b = g_ptr_array_index (result, 1);

  /* A: two women give 3:2, a woman and a man 2:3; equal gaps, so the
   * developing country decides for A3 with the earlier woman. */
  sel_a = selection (a);
  g_assert_cmpstr (sel_a, ==, "A1+ A2- A3+");
  /* B is decided with A's proposal: 2:3, so B1 and a man make 3:4, two men
   * 2:5: B1 + B2. */
  sel_b = selection (b);
  g_assert_cmpstr (sel_b, ==, "B1+ B2+ B3-");
  g_assert_cmpuint (b->n_female, ==, 3);
  g_assert_cmpuint (b->n_male, ==, 4);
}

/* Accepting a proposal completes the region and the roster-region rule
 * agrees: the balance numbers are the rules' own. */
static void
test_accept_balances (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  CvkRosterBalance balance;
  CvkArbitration *a;

  add_ex_officio (f);
  add_volunteer (f, "A1", "A", "US", 'm', FALSE, 'k');
  add_volunteer (f, "A2", "A", "BR", 'f', TRUE, 'k');
  add_volunteer (f, "A3", "A", "MX", 'm', FALSE, 'k');

  result = cvk_arbitration_propose (&f->plan);
  g_assert_cmpuint (result->len, ==, 1);
  a = g_ptr_array_index (result, 0);
  for (guint i = 0; i < a->choices->len; i++)
    {
      CvkArbitrationChoice *c = g_ptr_array_index (a->choices, i);
      cvk_entity_set_enum (CVK_ENTITY (c->member), CVK_MEMBER_STATUS,
                           c->selected ? CVK_MEMBER_STATUS_CONFIRMED : CVK_MEMBER_STATUS_WITHDRAWN);
    }

  cvk_roster_balance_compute (&f->plan, &balance);
  g_assert_cmpuint (balance.n_confirmed, ==, 5);
  g_assert_cmpuint (balance.volunteers[0], ==, 2);
  g_assert_cmpuint (balance.n_female, ==, a->n_female);
  g_assert_cmpuint (balance.n_male, ==, a->n_male);
  g_assert_cmpuint (balance.n_developing, ==, a->n_developing);
  g_assert_cmpuint (balance.n_youth, ==, a->n_youth);

  cvk_rule_roster_region (&f->plan, findings);
  for (guint i = 0; i < findings->len; i++)
    {
      CvkFinding *finding = g_ptr_array_index (findings, i);
      g_assert_cmpstr (finding->subject, !=, "Region A");
    }

  /* Nothing left to arbitrate. */
  g_clear_pointer (&result, g_ptr_array_unref);
  result = cvk_arbitration_propose (&f->plan);
  g_assert_cmpuint (result->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cvk/arbitration/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("none-needed", test_none_needed);
  ADD ("gender-first", test_gender_first);
  ADD ("developing-then-youth", test_developing_then_youth);
  ADD ("one-gender-pool", test_one_gender_pool);
  ADD ("ties-deterministic", test_ties_deterministic);
  ADD ("empty-and-full-regions", test_empty_and_full_regions);
  ADD ("region-scheme", test_region_scheme);
  ADD ("regions-in-turn", test_regions_in_turn);
  ADD ("accept-balances", test_accept_balances);

#undef ADD

  return g_test_run ();
}
