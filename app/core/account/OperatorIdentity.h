#pragma once

#include <QProcessEnvironment>
#include <QString>

// Who is at the keyboard, as the OS knows it: USER, then LOGNAME, then USERNAME, then
// (on Unix) the account of the effective user id, else "unknown". Recorded in the audit log and on incidents.
class OperatorIdentity
{
public:
    static QString userName();
    static QString userName(const QProcessEnvironment &environment);
};
