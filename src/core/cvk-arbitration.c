/* cvk-arbitration.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-arbitration"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cvk-arbitration.h"

/* What the committee would be: the numbers the criteria compare. */
typedef struct
{
  guint female;
  guint male;
  guint developing;
  guint youth;
} Tally;

typedef enum
{
  CRITERION_GENDER,
  CRITERION_DEVELOPING,
  CRITERION_YOUTH,
  CRITERION_NONE,
} Criterion;

static void
tally_add (Tally        *tally,
           CvkMember    *member,
           CvkCountries *countries)
{
  const char *code = cvk_member_get_country (member);
  const CvkCountry *country = NULL;

  switch (cvk_member_get_gender (member))
    {
    case CVK_GENDER_FEMALE: tally->female++; break;
    case CVK_GENDER_MALE:   tally->male++; break;
    case CVK_GENDER_OTHER:
    case CVK_GENDER_UNDISCLOSED:
    default:
      break;
    }

  if (code != NULL && *code != '\0')
    country = cvk_countries_lookup (countries, code);
  if (country != NULL && country->developing)
    tally->developing++;

  if (cvk_member_get_youth (member))
    tally->youth++;
}

static guint
gender_gap (const Tally *t)
{
  return t->female > t->male ? t->female - t->male : t->male - t->female;
}

/* The first criterion on which @a beats @b, or CRITERION_NONE (equal, or
 * worse); @better receives whether @a is better at all. */
static Criterion
tally_compare (const Tally *a,
               const Tally *b,
               gboolean    *better)
{
  *better = TRUE;

  if (gender_gap (a) != gender_gap (b))
    {
      *better = gender_gap (a) < gender_gap (b);
      return CRITERION_GENDER;
    }
  if (a->developing != b->developing)
    {
      *better = a->developing > b->developing;
      return CRITERION_DEVELOPING;
    }
  if (a->youth != b->youth)
    {
      *better = a->youth > b->youth;
      return CRITERION_YOUTH;
    }

  *better = FALSE;
  return CRITERION_NONE;
}

static gboolean
tally_better (const Tally *a,
              const Tally *b)
{
  gboolean better;

  tally_compare (a, b, &better);
  return better;
}

static int
compare_member_ids (gconstpointer a,
                    gconstpointer b)
{
  CvkEntity *ea = *(CvkEntity **) a;
  CvkEntity *eb = *(CvkEntity **) b;

  return strcmp (cvk_entity_get_id (ea), cvk_entity_get_id (eb));
}

/* The best choice of @k of @candidates added to @base, with candidate
 * @include among them and @exclude not (-1 for neither).  The combinations
 * are visited in lexicographic order of the candidates (sorted by id) and
 * only a strictly better one replaces the best so far, which breaks ties by
 * id.  Returns FALSE when no choice meets the constraints. */
static gboolean
best_choice (GPtrArray    *candidates,
             guint         k,
             const Tally  *base,
             CvkCountries *countries,
             int           include,
             int           exclude,
             gboolean     *best_mask,
             Tally        *best_tally)
{
  guint n = candidates->len;
  g_autofree guint *idx = NULL;
  gboolean found = FALSE;

  if (k > n)
    return FALSE;

  if (k == 0)
    {
      if (include >= 0)
        return FALSE;
      memset (best_mask, 0, n * sizeof (gboolean));
      *best_tally = *base;
      return TRUE;
    }

  idx = g_new (guint, k);
  for (guint i = 0; i < k; i++)
    idx[i] = i;

  for (;;)
    {
      gboolean has_include = include < 0;
      gboolean has_exclude = FALSE;
      Tally tally = *base;

      for (guint i = 0; i < k; i++)
        {
          if ((int) idx[i] == include)
            has_include = TRUE;
          if ((int) idx[i] == exclude)
            has_exclude = TRUE;
          tally_add (&tally, g_ptr_array_index (candidates, idx[i]), countries);
        }

      if (has_include && !has_exclude && (!found || tally_better (&tally, best_tally)))
        {
          found = TRUE;
          *best_tally = tally;
          memset (best_mask, 0, n * sizeof (gboolean));
          for (guint i = 0; i < k; i++)
            best_mask[idx[i]] = TRUE;
        }

      /* The next combination. */
      {
        int i = (int) k - 1;

        while (i >= 0 && idx[i] == n - k + (guint) i)
          i--;
        if (i < 0)
          break;
        idx[i]++;
        for (guint j = (guint) i + 1; j < k; j++)
          idx[j] = idx[j - 1] + 1;
      }
    }

  return found;
}

static char *
explain (gboolean     selected,
         Criterion    criterion,
         const Tally *proposal,
         const Tally *other)
{
  if (selected)
    switch (criterion)
      {
      case CRITERION_GENDER:
        /* Translators: "3:3 women to men, against 4:2 at best without this candidate" */
        return g_strdup_printf (_("Proposed: this candidate gives the committee its best gender "
                                  "balance, %u:%u women to men, against %u:%u at best without."),
                                proposal->female, proposal->male, other->female, other->male);
      case CRITERION_DEVELOPING:
        return g_strdup_printf (_("Proposed: at equal gender balance, this candidate brings more "
                                  "members from developing countries (%u, against at most %u without)."),
                                proposal->developing, other->developing);
      case CRITERION_YOUTH:
        return g_strdup_printf (_("Proposed: at equal gender balance and developing-country "
                                  "representation, this candidate brings more young members "
                                  "(%u, against at most %u without)."),
                                proposal->youth, other->youth);
      case CRITERION_NONE:
      default:
        return g_strdup (_("Proposed: other choices balance the committee as well, and the tie "
                           "goes to the earlier roster ID."));
      }

  switch (criterion)
    {
    case CRITERION_GENDER:
      return g_strdup_printf (_("Not proposed: with this candidate the gender balance would be "
                                "at best %u:%u women to men, against %u:%u."),
                              other->female, other->male, proposal->female, proposal->male);
    case CRITERION_DEVELOPING:
      return g_strdup_printf (_("Not proposed: at equal gender balance, fewer members from "
                                "developing countries (at most %u with this candidate, against %u)."),
                              other->developing, proposal->developing);
    case CRITERION_YOUTH:
      return g_strdup_printf (_("Not proposed: at equal gender balance and developing-country "
                                "representation, fewer young members (at most %u with this "
                                "candidate, against %u)."),
                              other->youth, proposal->youth);
    case CRITERION_NONE:
    default:
      return g_strdup (_("Not proposed: this candidate balances the committee as well as those "
                         "proposed, and the tie goes to the earlier roster ID."));
    }
}

static void
choice_free (CvkArbitrationChoice *choice)
{
  g_clear_object (&choice->member);
  g_free (choice->explanation);
  g_free (choice);
}

void
cvk_arbitration_free (CvkArbitration *arbitration)
{
  if (arbitration == NULL)
    return;

  g_free (arbitration->region);
  g_clear_pointer (&arbitration->choices, g_ptr_array_unref);
  g_free (arbitration);
}

guint
cvk_arbitration_get_n_selected (CvkArbitration *arbitration)
{
  guint n = 0;

  g_return_val_if_fail (arbitration != NULL, 0);

  for (guint i = 0; i < arbitration->choices->len; i++)
    {
      CvkArbitrationChoice *choice = g_ptr_array_index (arbitration->choices, i);
      if (choice->selected)
        n++;
    }
  return n;
}

CvkArbitrationChoice *
cvk_arbitration_find (CvkArbitration *arbitration,
                      const char     *member_id)
{
  g_return_val_if_fail (arbitration != NULL, NULL);
  g_return_val_if_fail (member_id != NULL, NULL);

  for (guint i = 0; i < arbitration->choices->len; i++)
    {
      CvkArbitrationChoice *choice = g_ptr_array_index (arbitration->choices, i);
      if (g_strcmp0 (cvk_entity_get_id (CVK_ENTITY (choice->member)), member_id) == 0)
        return choice;
    }
  return NULL;
}

/* The arbitration of one region over @base, or NULL when none is needed. */
static CvkArbitration *
arbitrate (GPtrArray       *members,
           CvkCountries    *countries,
           CvkRegionScheme  scheme,
           const char      *region,
           const Tally     *base)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree gboolean *mask = NULL;
  g_autofree gboolean *other_mask = NULL;
  CvkArbitration *arbitration;
  guint n_confirmed = 0;
  guint k;
  Tally proposal;

  for (guint i = 0; i < members->len; i++)
    {
      CvkMember *member = g_ptr_array_index (members, i);
      const char *r;

      if (cvk_member_get_role (member) != CVK_ROLE_REGIONAL_VOLUNTEER)
        continue;

      r = cvk_member_region_in_scheme (member, countries, scheme);
      if (r == NULL || g_ascii_strcasecmp (r, region) != 0)
        continue;

      switch (cvk_member_get_status (member))
        {
        case CVK_MEMBER_STATUS_CONFIRMED:
          n_confirmed++;
          break;
        case CVK_MEMBER_STATUS_CANDIDATE:
          g_ptr_array_add (candidates, member);
          break;
        case CVK_MEMBER_STATUS_VACANT:
        case CVK_MEMBER_STATUS_WITHDRAWN:
        default:
          break;
        }
    }

  k = n_confirmed < CVK_ROSTER_VOLUNTEERS_PER_REGION
      ? CVK_ROSTER_VOLUNTEERS_PER_REGION - n_confirmed : 0;
  if (candidates->len <= k)
    return NULL;

  g_ptr_array_sort (candidates, compare_member_ids);

  mask = g_new0 (gboolean, candidates->len);
  other_mask = g_new0 (gboolean, candidates->len);
  if (!best_choice (candidates, k, base, countries, -1, -1, mask, &proposal))
    g_return_val_if_reached (NULL);

  arbitration = g_new0 (CvkArbitration, 1);
  arbitration->region = g_strdup (region);
  arbitration->n_seats = k;
  arbitration->n_confirmed = n_confirmed;
  arbitration->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
  arbitration->n_female = proposal.female;
  arbitration->n_male = proposal.male;
  arbitration->n_developing = proposal.developing;
  arbitration->n_youth = proposal.youth;

  for (guint i = 0; i < candidates->len; i++)
    {
      CvkArbitrationChoice *choice = g_new0 (CvkArbitrationChoice, 1);
      Tally other;

      choice->member = g_object_ref (g_ptr_array_index (candidates, i));
      choice->selected = mask[i];

      if (k == 0)
        {
          choice->reason = CVK_ARBITRATION_REASON_NO_SEAT;
          choice->explanation = g_strdup (_("Not proposed: the region’s seats are already held "
                                            "by confirmed volunteers."));
        }
      else
        {
          gboolean found, better;
          Criterion criterion;

          /* The best choice that has this candidate the other way round:
           * there is one, since 0 < k < the number of candidates. */
          if (mask[i])
            found = best_choice (candidates, k, base, countries, -1, (int) i, other_mask, &other);
          else
            found = best_choice (candidates, k, base, countries, (int) i, -1, other_mask, &other);
          g_assert (found);

          criterion = tally_compare (&proposal, &other, &better);
          if (!better)
            criterion = CRITERION_NONE;

          switch (criterion)
            {
            case CRITERION_GENDER:     choice->reason = CVK_ARBITRATION_REASON_GENDER; break;
            case CRITERION_DEVELOPING: choice->reason = CVK_ARBITRATION_REASON_DEVELOPING; break;
            case CRITERION_YOUTH:      choice->reason = CVK_ARBITRATION_REASON_YOUTH; break;
            case CRITERION_NONE:
            default:                   choice->reason = CVK_ARBITRATION_REASON_TIE; break;
            }
          choice->explanation = explain (mask[i], criterion, &proposal, &other);
        }

      g_ptr_array_add (arbitration->choices, choice);
    }

  return arbitration;
}

static GPtrArray *
collect_members (GListModel *model)
{
  GPtrArray *members = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      if (CVK_IS_MEMBER (object))
        g_ptr_array_add (members, g_steal_pointer (&object));
    }
  return members;
}

static void
base_tally (GPtrArray    *members,
            CvkCountries *countries,
            Tally        *base)
{
  memset (base, 0, sizeof *base);
  for (guint i = 0; i < members->len; i++)
    {
      CvkMember *member = g_ptr_array_index (members, i);
      if (cvk_member_get_status (member) == CVK_MEMBER_STATUS_CONFIRMED)
        tally_add (base, member, countries);
    }
}

static GPtrArray *
propose (const CvkPlan *plan,
         const char    *only_region)
{
  g_autoptr(CvkDocSettings) owned_settings = NULL;
  g_autoptr(CvkCountries) owned_countries = NULL;
  const CvkDocSettings *settings = plan->settings;
  CvkCountries *countries = plan->countries;
  g_autoptr(GPtrArray) members = NULL;
  GPtrArray *result;
  const char *const *regions;
  Tally base;

  if (settings == NULL)
    settings = owned_settings = cvk_doc_settings_new ();
  if (countries == NULL)
    countries = owned_countries = cvk_countries_new_default ();

  members = collect_members (plan->members);
  base_tally (members, countries, &base);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_arbitration_free);
  regions = cvk_region_scheme_regions (settings->region_scheme);

  for (guint r = 0; regions != NULL && regions[r] != NULL; r++)
    {
      CvkArbitration *arbitration;

      if (only_region != NULL && g_ascii_strcasecmp (only_region, regions[r]) != 0)
        continue;

      arbitration = arbitrate (members, countries, settings->region_scheme, regions[r], &base);
      if (arbitration == NULL)
        continue;

      /* The next regions are decided with this one's proposal on board. */
      for (guint i = 0; i < arbitration->choices->len; i++)
        {
          CvkArbitrationChoice *choice = g_ptr_array_index (arbitration->choices, i);
          if (choice->selected)
            tally_add (&base, choice->member, countries);
        }

      g_ptr_array_add (result, arbitration);
    }

  return result;
}

GPtrArray *
cvk_arbitration_propose (const CvkPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return propose (plan, NULL);
}

CvkArbitration *
cvk_arbitration_propose_region (const CvkPlan *plan,
                                const char    *region)
{
  g_autoptr(GPtrArray) result = NULL;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (region != NULL, NULL);

  result = propose (plan, region);
  if (result->len == 0)
    return NULL;

  return g_ptr_array_steal_index (result, 0);
}
