#pragma once

// The normalised lifecycle states the console reasons about. Legacy "running" maps to
// Active; anything the API documents nowhere (e.g. "inactive") is Unknown and offers no action.
enum class WorkflowState { Draft, Active, Paused, Completed, Cancelled, Unknown };
