// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QStringView>

/*
 * Language-aware string order with ICU collation: Arabic letters in Arabic alphabetical order,
 * Latin text case- and accent-insensitively first. One collator per language, made on first use
 * and shared (ICU collators compare thread-safely); the sort proxies use it in lessThan().
 */
namespace Atlas::Collation {

// Negative, zero or positive like strcmp.
int compare(Language language, QStringView left, QStringView right);
// A key whose byte order (memcmp, QByteArray's <) is compare()'s order: for sorting many strings,
// each made into a key once.
QByteArray sortKey(Language language, QStringView text);

} // namespace Atlas::Collation
