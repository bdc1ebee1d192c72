// SPDX-License-Identifier: GPL-3.0-or-later
#include "collation.h"

#include <unicode/coll.h>

#include <memory>
#include <mutex>

namespace Atlas::Collation {

namespace {

const icu::Collator *collatorFor(Language language)
{
    static std::once_flag once;
    static std::unique_ptr<icu::Collator> arabic;
    static std::unique_ptr<icu::Collator> english;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        arabic.reset(icu::Collator::createInstance(icu::Locale("ar"), status));
        if (U_FAILURE(status))
            arabic.reset();
        status = U_ZERO_ERROR;
        english.reset(icu::Collator::createInstance(icu::Locale("en"), status));
        if (U_FAILURE(status))
            english.reset();
    });
    return language == Language::Arabic ? arabic.get() : english.get();
}

} // namespace

int compare(Language language, QStringView left, QStringView right)
{
    if (const icu::Collator *collator = collatorFor(language)) {
        UErrorCode status = U_ZERO_ERROR;
        const UCollationResult result = collator->compare(reinterpret_cast<const char16_t *>(left.utf16()),
                                                          int32_t(left.size()),
                                                          reinterpret_cast<const char16_t *>(right.utf16()),
                                                          int32_t(right.size()), status);
        if (U_SUCCESS(status))
            return int(result);
    }
    return left.compare(right);
}

QByteArray sortKey(Language language, QStringView text)
{
    if (const icu::Collator *collator = collatorFor(language)) {
        const auto *chars = reinterpret_cast<const char16_t *>(text.utf16());
        QByteArray key(64, Qt::Uninitialized);
        int32_t length = collator->getSortKey(chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()),
                                              int32_t(key.size()));
        if (length > key.size()) {
            key.resize(length);
            length = collator->getSortKey(chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()), length);
        }
        if (length > 0) {
            key.resize(length - 1); // without the terminating zero
            return key;
        }
    }
    return text.toUtf8();
}

} // namespace Atlas::Collation
