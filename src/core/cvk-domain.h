/* cvk-domain.h: every type of the Convoke domain
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-enums.h"
#include "cvk-enum-types.h"
#include "cvk-entity.h"
#include "cvk-fuzzy-date.h"
#include "cvk-money.h"

#include "cvk-committee.h"
#include "cvk-member.h"
#include "cvk-item.h"
#include "cvk-dependency.h"
#include "cvk-workshop.h"
#include "cvk-budget-line.h"
#include "cvk-staff-allocation.h"
#include "cvk-contact.h"
#include "cvk-invitation.h"
#include "cvk-letter-template.h"
#include "cvk-indicator.h"
#include "cvk-koi-measurement.h"
#include "cvk-setting.h"
#include "cvk-country-region.h"
