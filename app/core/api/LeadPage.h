#pragma once

#include "domain/Lead.h"

#include <QList>

// One page of GET /workflows/{id}/leads. total is -1 when the server sent no meta.
struct LeadPage
{
    QList<Lead> leads;
    int page = 1;
    int limit = 20;
    int total = -1;
    int totalPages = -1;
};
