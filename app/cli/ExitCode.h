#pragma once

#include "api/ApiError.h"

// dialnexa-ctl's exit codes. For several IDs the worst failure wins: 5 > 4 > 3 > 1 > 0.
namespace ExitCode {
enum Code : int {
    Success = 0,
    Failure = 1,        // network, timeout, 429, 5xx, bad response, ...
    Usage = 2,          // unknown command or flag, missing ID, cancel without --yes
    Conflict = 3,       // 409
    NotFound = 4,       // 404
    Authentication = 5, // 401 / 403, or no API key at all
};

inline Code forError(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return Authentication;
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::Conflict:
        return Conflict;
    default:
        return Failure;
    }
}

inline int severity(int code)
{
    switch (code) {
    case Authentication:
        return 5;
    case NotFound:
        return 4;
    case Conflict:
        return 3;
    case Failure:
        return 2;
    case Usage:
        return 1; // never mixed with per-ID outcomes in practice
    default:
        return 0;
    }
}

inline int worst(int a, int b)
{
    return severity(b) > severity(a) ? b : a;
}
} // namespace ExitCode
