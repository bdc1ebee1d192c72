// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

/*
 * What every fuzz target in tests/fuzz shares. A target is one file that defines
 * LLVMFuzzerTestOneInput; this file's LLVMFuzzerInitialize (linked into every target) makes the
 * QCoreApplication the parsers expect and silences Qt's warnings, which a parser rejecting bad
 * input prints by design and which would otherwise slow the fuzzer down to the speed of the
 * terminal. Built with COALITION_ATLAS_FUZZ the targets link libFuzzer; otherwise replaymain.cpp
 * runs them over their corpus and regressions, as a ctest test.
 */
namespace AtlasFuzz {

// The input as a QByteArray that does not copy it; valid during LLVMFuzzerTestOneInput only.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A file of this process's own in the temporary folder, rewritten with `data` on each call, for
// readers that take a file name. Empty if it cannot be written (then the input is skipped).
QString writeScratchFile(const QByteArray &data, const QString &suffix);

} // namespace AtlasFuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
