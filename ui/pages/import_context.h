// What the import wizard's pages share: the options being built, the preview, the last validation.
#pragma once

#include "exchange/import_job.h"

#include <QString>

#include <optional>

namespace stocktower::ui {

class TaskRunner;
class WorkspaceSession;

struct ImportContext {
    WorkspaceSession& session;
    TaskRunner& tasks;
    exchange::ImportOptions options;
    std::optional<exchange::ImportPreview> preview;
    std::optional<exchange::ImportResult> validation;
    std::optional<exchange::ImportResult> result;
};

} // namespace stocktower::ui
