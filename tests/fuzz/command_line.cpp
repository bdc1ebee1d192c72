// SPDX-License-Identifier: GPL-3.0-or-later
// The command line (parseCommandLine, wantsHeadless, parsePeriodDate): the input is the
// arguments after the program name, separated by NUL bytes.
#include "fuzzsupport.h"

#include "commandline.h"

#include <QList>
#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = AtlasFuzz::bytes(data, size).split('\0');
    QStringList arguments{QStringLiteral("coalition-atlas")};
    QList<QByteArray> local{QByteArrayLiteral("coalition-atlas")};
    for (const QByteArray &part : parts) {
        arguments.append(QString::fromLocal8Bit(part));
        local.append(part);
    }
    QList<char *> argv;
    for (QByteArray &argument : local)
        argv.append(argument.data());
    argv.append(nullptr);
    wantsHeadless(int(local.size()), argv.data());

    const CommandLineResult result = parseCommandLine(arguments);
    const CommandLineRequest &request = result.request;
    if (result.error.isEmpty()) {
        // What main() relies on when the parse succeeded.
        if (request.dpi < 72 || request.dpi > 600)
            abort();
        if (request.from.isValid() && request.to.isValid() && request.from > request.to)
            abort();
        for (int side : {request.size.width(), request.size.height()}) {
            if (side != 0 && side != -1 && (side < 16 || side > 20000))
                abort();
        }
    }
    for (const QString &argument : std::as_const(arguments)) {
        parsePeriodDate(argument, false);
        parsePeriodDate(argument, true);
    }
    return 0;
}
