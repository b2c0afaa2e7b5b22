// import, export, templates: moving records between CSV files and the workspace.
#include "cli/cli_context.h"
#include "cli/terminal_progress.h"

#include "domain/record_types.h"
#include "exchange/exporter.h"
#include "exchange/import_job.h"
#include "store/workspace.h"
#include "util/errors.h"

#include <fmt/core.h>

#include <iostream>
#include <memory>

namespace stocktower::cli {

namespace {

const domain::RecordType& recordTypeNamed(const std::string& name) {
    if (const auto* type = domain::findRecordType(name)) return *type;
    std::string known;
    for (const auto& type : domain::recordTypes()) known += " " + type.name;
    throw CLI::ValidationError("TYPE", "unknown record type '" + name + "'; one of:" + known);
}

char delimiterNamed(const std::string& name) {
    if (name.empty() || name == "auto") return '\0';
    if (name == "tab" || name == "\\t") return '\t';
    if (name.size() == 1 && std::string(",;|").find(name[0]) != std::string::npos) return name[0];
    throw CLI::ValidationError("--delimiter", "use , ; | tab or auto");
}

struct ImportArguments {
    std::string type, file, delimiter = "auto", decimal = "auto", dateFormat = "auto", encoding = "auto";
    std::vector<std::string> mappings;
    bool force = false, replace = false, dryRun = false;
    std::size_t maxProblems = 200;
};

nlohmann::json problemJson(const exchange::Problem& p) {
    return {{"severity", p.severity == exchange::Severity::Error ? "error" : "warning"},
            {"file", p.file}, {"line", p.line}, {"column", p.column},
            {"field", p.field}, {"value", p.value}, {"message", p.message}};
}

int runImportCommand(const GlobalOptions& options, const ImportArguments& args) {
    exchange::ImportOptions importOptions;
    importOptions.path = args.file;
    importOptions.type = &recordTypeNamed(args.type);
    importOptions.dialect.delimiter = delimiterNamed(args.delimiter);
    if (args.encoding == "utf-8" || args.encoding == "utf8") importOptions.dialect.encoding = exchange::TextEncoding::Utf8;
    else if (args.encoding == "cp1252" || args.encoding == "windows-1252") importOptions.dialect.encoding = exchange::TextEncoding::Cp1252;
    else if (args.encoding != "auto") throw CLI::ValidationError("--encoding", "use auto, utf-8 or cp1252");
    if (args.decimal == "," || args.decimal == "comma") importOptions.decimalMark = ',';
    else if (args.decimal == "." || args.decimal == "point") importOptions.decimalMark = '.';
    else if (args.decimal != "auto") throw CLI::ValidationError("--decimal", "use auto, . or ,");
    if (args.dateFormat != "auto") {
        importOptions.dateFormat = exchange::parseDateFormatName(args.dateFormat);
        if (!importOptions.dateFormat)
            throw CLI::ValidationError("--date-format", "use auto, YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY or YYYYMMDD");
    }
    for (const auto& mapping : args.mappings) {
        const auto equals = mapping.find('=');
        if (equals == std::string::npos)
            throw CLI::ValidationError("--map", "expected HEADER=FIELD (FIELD empty to ignore), got '" + mapping + "'");
        importOptions.columnMapping[mapping.substr(0, equals)] = mapping.substr(equals + 1);
    }
    importOptions.force = args.force;
    importOptions.replaceExisting = args.replace;
    importOptions.validateOnly = args.dryRun;
    importOptions.problemCap = args.maxProblems;

    auto workspace = store::Workspace::open(requireWorkspace(options));
    TerminalProgress progress(options.quiet || options.json);
    const auto result = exchange::runImport(*workspace, importOptions, progress);
    progress.finish();

    const bool failed = result.outcome == exchange::ImportResult::Outcome::Rejected ||
                        result.outcome == exchange::ImportResult::Outcome::Cancelled ||
                        (result.outcome == exchange::ImportResult::Outcome::Validated && result.errorCount > 0);
    if (options.json) {
        nlohmann::json problems = nlohmann::json::array();
        for (const auto& problem : result.problems) problems.push_back(problemJson(problem));
        printJson({{"outcome", exchange::outcomeName(result.outcome)},
                   {"record_type", importOptions.type->name},
                   {"file", args.file},
                   {"sha256", result.sha256},
                   {"rows_read", result.rowsRead},
                   {"rows_written", result.rowsWritten},
                   {"rows_skipped", result.rowsSkipped},
                   {"errors", result.errorCount},
                   {"warnings", result.warningCount},
                   {"problems", problems}});
    } else {
        for (const auto& problem : result.problems) std::cerr << exchange::formatProblem(problem) << '\n';
        const std::size_t shown = result.problems.size();
        if (result.errorCount + result.warningCount > shown)
            std::cerr << fmt::format("... and {} more problem(s) not shown\n",
                                     result.errorCount + result.warningCount - shown);
        std::cout << result.message << '\n';
    }
    return failed ? kInputProblems : kOk;
}

} // namespace

void addExchangeCommands(CLI::App& app, GlobalOptions& options, int& exitCode) {
    std::string types;
    for (const auto& type : domain::recordTypes()) types += (types.empty() ? "" : ", ") + type.name;

    auto importArgs = std::make_shared<ImportArguments>();
    auto* import = app.add_subcommand("import", "Import a CSV file of one record type (all rows or none)");
    import->add_option("type", importArgs->type, "Record type: " + types)->required();
    import->add_option("file", importArgs->file, "CSV file")->required()->check(CLI::ExistingFile);
    import->add_option("--delimiter", importArgs->delimiter, "auto (default), ',', ';', '|' or tab");
    import->add_option("--decimal", importArgs->decimal, "Decimal mark: auto (default), '.' or ','");
    import->add_option("--date-format", importArgs->dateFormat,
                       "auto (default; ambiguous columns are refused), YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, YYYYMMDD");
    import->add_option("--encoding", importArgs->encoding, "auto (default: UTF-8, else CP1252), utf-8, cp1252");
    import->add_option("--map", importArgs->mappings, "Map a header to a field: HEADER=FIELD (FIELD empty = ignore)");
    import->add_flag("--force", importArgs->force, "Import even if this exact file was imported before");
    import->add_flag("--replace", importArgs->replace, "Transactions: replace rows whose key exists (default: skip)");
    import->add_flag("--dry-run", importArgs->dryRun, "Validate every row, write nothing");
    import->add_option("--max-problems", importArgs->maxProblems, "Problems listed before counting only (default 200)");
    import->callback([&options, &exitCode, importArgs] { exitCode = runImportCommand(options, *importArgs); });

    struct ExportArguments {
        std::string type, file;
        bool european = false, bom = false;
    };
    auto exportArgs = std::make_shared<ExportArguments>();
    auto* exportCommand = app.add_subcommand("export", "Export a record type to CSV (template format)");
    exportCommand->add_option("type", exportArgs->type, "Record type: " + types)->required();
    exportCommand->add_option("file", exportArgs->file, "CSV file to write (replaced atomically)")->required();
    exportCommand->add_flag("--european", exportArgs->european, "';' delimiter and decimal comma");
    exportCommand->add_flag("--bom", exportArgs->bom, "Start with a UTF-8 byte order mark (Excel)");
    exportCommand->callback([&options, exportArgs] {
        const auto& type = recordTypeNamed(exportArgs->type);
        auto workspace = openForReading(options);
        exchange::CsvWriteDialect dialect;
        if (exportArgs->european) {
            dialect.delimiter = ';';
            dialect.decimalMark = ',';
        }
        dialect.byteOrderMark = exportArgs->bom;
        TerminalProgress progress(options.quiet || options.json);
        const auto rows = exchange::exportRecords(workspace->db(), type, exportArgs->file, dialect, progress);
        progress.finish();
        if (options.json) printJson({{"record_type", type.name}, {"file", exportArgs->file}, {"rows", rows}});
        else std::cout << fmt::format("Exported {} {} row(s) to {}\n", rows, type.name, exportArgs->file);
    });

    auto templateType = std::make_shared<std::string>();
    auto* templates = app.add_subcommand("templates", "Describe the CSV template of each record type");
    templates->add_option("type", *templateType, "Only this record type");
    templates->callback([&options, templateType] {
        nlohmann::json all = nlohmann::json::array();
        for (const auto& type : domain::recordTypes()) {
            if (!templateType->empty() && &type != &recordTypeNamed(*templateType)) continue;
            nlohmann::json fields = nlohmann::json::array();
            if (!options.json) {
                std::cout << fmt::format("{} — {}\n  {}\n", type.name, type.title, type.description);
                std::cout << fmt::format("  {:<18} {:<14} {:<9} {}\n", "column", "type", "", "description (example)");
            }
            for (const auto& field : type.fields) {
                const char* need = field.required ? "required" : field.key ? "key" : "optional";
                fields.push_back({{"name", field.name}, {"type", domain::fieldTypeName(field.type)},
                                  {"required", field.required}, {"key", field.key},
                                  {"synonyms", field.synonyms}, {"description", field.description},
                                  {"example", field.example}});
                if (!options.json)
                    std::cout << fmt::format("  {:<18} {:<14} {:<9} {} ({})\n", field.name,
                                             domain::fieldTypeName(field.type), need, field.description, field.example);
            }
            if (!options.json) std::cout << '\n';
            all.push_back({{"name", type.name}, {"title", type.title}, {"mode", type.mode == domain::ImportMode::Upsert ? "upsert" : "append"}, {"fields", fields}});
        }
        if (options.json) printJson(all);
    });
}

} // namespace stocktower::cli
