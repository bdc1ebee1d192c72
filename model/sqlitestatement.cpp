// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "sqlconnection.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace Atlas {

SqliteStatement::SqliteStatement(SqlConnection &connection, const QString &sql) : m_connection(&connection)
{
    if (!connection.ok() || !connection.isOpen())
        return;
    const QVariant handle = connection.database().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_database = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_database) {
        connection.fail(QCoreApplication::translate("SqlConnection", "the SQLite driver gives no database handle"), 0);
        return;
    }
    const int code = sqlite3_prepare16_v2(m_database, sql.utf16(), int(sql.size() * sizeof(char16_t)), &m_statement,
                                          nullptr);
    if (code != SQLITE_OK) {
        fail(code);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_connection(other.m_connection),
      m_database(std::exchange(other.m_database, nullptr)),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_utf8(std::move(other.m_utf8))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_connection, other.m_connection);
    std::swap(m_database, other.m_database);
    std::swap(m_statement, other.m_statement);
    std::swap(m_utf8, other.m_utf8);
    return *this;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::fail(int code)
{
    m_connection->fail(QString::fromUtf8(sqlite3_errmsg(m_database)), code);
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    return false;
}

bool SqliteStatement::run(const QVariantList &values)
{
    if (!bind(values))
        return false;
    const int code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        return fail(code);
    sqlite3_reset(m_statement);
    return true;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_database ? sqlite3_last_insert_rowid(m_database) : 0;
}

bool SqliteStatement::bind(const QVariantList &values)
{
    if (!m_statement || !m_connection->ok())
        return false;
    sqlite3_reset(m_statement);
    if (m_utf8.size() < std::size_t(values.size()))
        m_utf8.resize(std::size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = int(i) + 1;
        int code = SQLITE_OK;
        if (value.isNull()) {
            code = sqlite3_bind_null(m_statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::LongLong:
                code = sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
                code = sqlite3_bind_double(m_statement, index, value.toDouble());
                break;
            // The variant outlives the step, so SQLite may read its bytes where they are.
            case QMetaType::QByteArray: {
                const auto *bytes = static_cast<const QByteArray *>(value.constData());
                code = bytes->isNull() ? sqlite3_bind_null(m_statement, index)
                                       : sqlite3_bind_blob64(m_statement, index, bytes->constData(),
                                                             sqlite3_uint64(bytes->size()), SQLITE_STATIC);
                break;
            }
            case QMetaType::QString: {
                // A null QString is NULL, as Qt SQL binds it. Text goes in as UTF-8, the file's
                // encoding: Qt converts faster than SQLite's own translation of UTF-16 would.
                const auto *text = static_cast<const QString *>(value.constData());
                if (text->isNull()) {
                    code = sqlite3_bind_null(m_statement, index);
                } else {
                    QByteArray &utf8 = m_utf8[std::size_t(i)];
                    utf8 = text->toUtf8();
                    code = sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                               SQLITE_STATIC, SQLITE_UTF8);
                }
                break;
            }
            default: {
                const QString text = value.toString();
                code = sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                                           SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (code != SQLITE_OK)
            return fail(code);
    }
    return true;
}

} // namespace Atlas
