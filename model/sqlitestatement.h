// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariantList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Atlas {

class SqlConnection;

/*
 * One statement prepared on the SQLite handle under a SqlConnection, for the loops that insert
 * a million rows: QSqlQuery::bindValue builds a placeholder name for every value it binds, which
 * cost more than SQLite's own work. Values are bound by position from QVariants (null, bool,
 * integers, double, QString as UTF-8 text, QByteArray as a blob; a null QString or QByteArray
 * as NULL, as Qt SQL binds them), run, and the statement reset for the next row. Errors go to the connection, as its own statements' do. Owned by the caller;
 * destroy it before the connection.
 */
class SqliteStatement
{
public:
    SqliteStatement(SqlConnection &connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_statement != nullptr; }
    // Binds `values` in order, runs the statement to completion and resets it; false (and the
    // error recorded on the connection) when binding or running failed.
    bool run(const QVariantList &values);
    // Binds `values` in order for a select read with next() (the statement is reset first, so a
    // statement can be bound and read again); false and the error recorded when binding failed.
    bool bind(const QVariantList &values);
    // The rowid of the last row inserted on this statement's database handle.
    qint64 lastInsertRowId() const;

    // Reading a select: next() steps to the following row, false at the end or on an error (then
    // recorded on the connection); the accessors read the current row's columns.
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArrayView blob(int column) const;

private:
    bool fail(int code);

    SqlConnection *m_connection = nullptr;
    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_utf8; // each text parameter's bytes, alive until the step
};

} // namespace Atlas
