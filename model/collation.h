// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QStringView>

/*
 * Language-aware string order with ICU collation: Arabic letters in Arabic alphabetical order,
 * Latin text case- and accent-insensitively first. One collator per language, made on first use
 * and shared (ICU collators compare thread-safely); the sort proxies use it in lessThan().
 */
namespace Atlas::Collation {

// Negative, zero or positive like strcmp.
int compare(Language language, QStringView left, QStringView right);

} // namespace Atlas::Collation
