// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

std::atomic<int> connectionCount{ 0 };

const QString Driver = u"QSQLITE"_s;

} // namespace

SqlConnection::SqlConnection(const QString &fileName, Mode mode, int busyTimeout)
    : m_name(u"atlas-sql-%1"_s.arg(++connectionCount))
{
    if (!QSqlDatabase::isDriverAvailable(Driver)) {
        m_error = QCoreApplication::translate("SqlConnection", "the Qt SQLite driver (QSQLITE) is not installed");
        return;
    }
    m_database = QSqlDatabase::addDatabase(Driver, m_name);
    m_database.setDatabaseName(fileName);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeout);
    if (mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_database.setConnectOptions(options);
    if (!m_database.open())
        record(m_database.lastError());
}

SqlConnection::~SqlConnection()
{
    if (!m_database.isValid())
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void SqlConnection::record(const QSqlError &error)
{
    if (!m_error.isEmpty())
        return;
    m_error = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("SqlConnection", "unknown SQLite error");
    m_errorCode = error.nativeErrorCode().toInt();
}

void SqlConnection::fail(const QString &text, int code)
{
    if (!m_error.isEmpty())
        return;
    m_error = text.isEmpty() ? QCoreApplication::translate("SqlConnection", "unknown SQLite error") : text;
    m_errorCode = code;
}

QSqlQuery SqlConnection::prepare(const QString &statement)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (isOpen() && !query.prepare(statement))
        record(query.lastError());
    return query;
}

bool SqlConnection::run(QSqlQuery &query, const QVariantList &values)
{
    if (!ok())
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (query.exec())
        return true;
    record(query.lastError());
    return false;
}

bool SqlConnection::exec(const QString &statement, const QVariantList &values)
{
    QSqlQuery query = prepare(statement);
    return run(query, values);
}

QSqlQuery SqlConnection::select(const QString &statement, const QVariantList &values)
{
    QSqlQuery query = prepare(statement);
    run(query, values);
    return query;
}

} // namespace Atlas
