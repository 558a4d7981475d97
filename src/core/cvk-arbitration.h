/* cvk-arbitration.h: choosing among the candidates of an over-subscribed region
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Terms of Reference ask for two regional volunteers per region and say:
 * "if arbitrations are needed, maximise the gender balance".  For each region
 * of the document's scheme whose candidates outnumber its open seats (the
 * CVK_ROSTER_VOLUNTEERS_PER_REGION seats less the confirmed volunteers of the
 * region), cvk_arbitration_propose() picks the candidates that give the
 * committee, in this order of importance:
 *
 *  1. the best gender balance: the smallest gap between women and men;
 *  2. the most members from developing countries;
 *  3. the most young members;
 *  4. and, when choices are still equal, the candidates that come first by
 *     roster id (compared as text), so that the proposal is deterministic.
 *
 * "The committee" is its confirmed members plus the candidates proposed for
 * the regions before (regions are decided in the scheme's order).  A
 * candidate is a regional volunteer with the status "candidate" whose region
 * is known (cvk_member_region_in_scheme()).
 *
 * Each candidate gets one translated sentence that says why it is, or is
 * not, proposed: the first criterion on which the proposal beats the best
 * choice that would have it the other way round.
 *
 * Pure functions over a CvkPlan: no I/O, no store.
 */

#pragma once

#include "cvk-rules.h"

G_BEGIN_DECLS

typedef enum
{
  CVK_ARBITRATION_REASON_GENDER,      /* decided by the gender balance */
  CVK_ARBITRATION_REASON_DEVELOPING,  /* ... by developing-country representation */
  CVK_ARBITRATION_REASON_YOUTH,       /* ... by youth */
  CVK_ARBITRATION_REASON_TIE,         /* equal on all three: the roster id decided */
  CVK_ARBITRATION_REASON_NO_SEAT,     /* the region has no open seat */
} CvkArbitrationReason;

typedef struct
{
  CvkMember            *member;       /* (owned) */
  gboolean              selected;
  CvkArbitrationReason  reason;
  char                 *explanation;  /* one sentence, translated */
} CvkArbitrationChoice;

typedef struct
{
  char      *region;       /* as the scheme names it: "A", "Africa" ... */
  guint      n_seats;      /* the region's open seats */
  guint      n_confirmed;  /* confirmed volunteers of the region */
  GPtrArray *choices;      /* of CvkArbitrationChoice, by roster id */

  /* The committee with the proposal: women, men, members from developing
   * countries, young members. */
  guint      n_female;
  guint      n_male;
  guint      n_developing;
  guint      n_youth;
} CvkArbitration;

void        cvk_arbitration_free            (CvkArbitration   *arbitration);
/* The number of candidates proposed. */
guint       cvk_arbitration_get_n_selected  (CvkArbitration   *arbitration);
/* The choice for @member_id, or NULL. */
CvkArbitrationChoice *
            cvk_arbitration_find            (CvkArbitration   *arbitration,
                                             const char       *member_id);

/* Returns: (transfer full): a CvkArbitration for each region of the scheme
 * that has more candidates than open seats, in the scheme's order; an empty
 * array when no arbitration is needed. */
GPtrArray  *cvk_arbitration_propose         (const CvkPlan    *plan);

/* The arbitration of @region alone (as if it came first), or NULL when the
 * region has no more candidates than open seats. */
CvkArbitration *
            cvk_arbitration_propose_region  (const CvkPlan    *plan,
                                             const char       *region);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkArbitration, cvk_arbitration_free)

G_END_DECLS
