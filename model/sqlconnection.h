// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Atlas {

/*
 * One QSQLITE connection to one file, under a name of its own, closed and unregistered when this
 * object goes away (Qt SQL keeps connections in a process-wide registry by name). Statements run
 * prepared, with their values bound, never spliced into the SQL text. Keeps the first error so a
 * run of statements can be checked once. Owns the connection; queries made from it must go first.
 */
class SqlConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    // `busyTimeout`: how long a statement waits for another program's lock, in milliseconds.
    SqlConnection(const QString &fileName, Mode mode, int busyTimeout = 2000);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_database.isOpen(); }
    QSqlDatabase database() const { return m_database; }

    // A statement prepared once and run many times with run(); a failed prepare is recorded.
    QSqlQuery prepare(const QString &statement);
    // Binds `values` in order and runs the prepared query; false (and recorded) on failure.
    bool run(QSqlQuery &query, const QVariantList &values = {});
    // Prepares and runs `statement` in one step. A select is forward-only: read it with next().
    bool exec(const QString &statement, const QVariantList &values = {});
    QSqlQuery select(const QString &statement, const QVariantList &values = {});

    // Records an error found outside Qt SQL (SqliteStatement); the first one is kept.
    void fail(const QString &text, int code);

    bool ok() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    // SQLite's result code of the first error (5 for SQLITE_BUSY), or 0.
    int errorCode() const { return m_errorCode; }

private:
    void record(const QSqlError &error);

    QString m_name;
    QSqlDatabase m_database;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace Atlas
