#include "storage/OwnedSqlConnection.h"

#include <QAtomicInt>

namespace {
QAtomicInt s_counter;
}

OwnedSqlConnection::OwnedSqlConnection(const QString &prefix)
    : m_name(QStringLiteral("%1_%2").arg(prefix).arg(s_counter.fetchAndAddRelaxed(1)))
{ }

OwnedSqlConnection::~OwnedSqlConnection()
{
    close();
}

QSqlDatabase OwnedSqlConnection::add(const QString &driver)
{
    close();
    return QSqlDatabase::addDatabase(driver, m_name);
}

QSqlDatabase OwnedSqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool OwnedSqlConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && database().isOpen();
}

void OwnedSqlConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        // Every handle must be gone before removeDatabase(), or Qt warns it is still in use.
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}
