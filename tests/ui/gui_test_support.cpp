#include "gui_test_support.h"

#include "demo/demo_generator.h"
#include "domain/date.h"
#include "domain/record_types.h"
#include "shell/app_setup.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "shell/workspace_session.h"
#include "store/import_log.h"
#include "store/record_writer.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <optional>
#include <stdexcept>
#include <vector>

namespace stocktower::ui::testing {

namespace {

using domain::Value;

std::size_t fieldIndex(const domain::RecordType& type, const std::string& name) {
    for (std::size_t i = 0; i < type.fields.size(); ++i)
        if (type.fields[i].name == name) return i;
    throw std::logic_error("unknown field " + name);
}

store::RecordWriter writer(store::Connection& db, const char* typeName, const std::vector<std::string>& fields,
                           std::int64_t importId) {
    const auto* type = domain::findRecordType(typeName);
    std::vector<std::size_t> present;
    for (const auto& field : fields) present.push_back(fieldIndex(*type, field));
    return store::RecordWriter(db, *type, present, importId);
}

Value num(std::optional<double> value) { return value ? Value(*value) : Value(); }

} // namespace

std::unique_ptr<store::Workspace> makeSmallWorkspace(const std::string& path) {
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    store::Transaction transaction(db);
    const auto importId = store::beginImportLog(db, "test-fixture.csv", "0000", "items");

    auto sites = writer(db, "sites", {"code", "name"}, importId);
    sites.write({std::string("DC1"), std::string("Central DC")});
    sites.write({std::string("DC2"), std::string("North DC")});

    auto items = writer(db, "items",
                        {"sku", "description", "category", "supplier", "unit_cost", "unit_price", "lead_time_days"},
                        importId);
    struct Item {
        const char* sku;
        const char* description;
        const char* category;
        const char* supplier;
        std::optional<double> cost, price, lead;
    };
    const Item rows[] = {
        {"SKU-A", "Hex bolt M8", "Fasteners", "SUP-1", 0.10, 0.25, 14.0},
        {"SKU-B", "Washer M8", "Fasteners", "SUP-2", 0.02, 0.05, 7.0},
        {"SKU-C", "Cable tie 200 mm", "Electrical", "SUP-1", 0.05, 0.12, std::nullopt},
        {"SKU-D", "Hex nut M8", "Fasteners", "SUP-3", std::nullopt, 0.09, 21.0},
        {"SKU-E", "Drill bit 6 mm", "Tools", "SUP-2", 1.50, 3.90, 10.0},
    };
    for (const auto& row : rows)
        items.write({std::string(row.sku), std::string(row.description), std::string(row.category),
                     std::string(row.supplier), num(row.cost), num(row.price), num(row.lead)});

    auto id = [&db](const char* sql, const char* key) {
        auto statement = db.prepare(sql);
        statement.bind(1, key);
        if (!statement.step()) throw std::logic_error("missing fixture row");
        return statement.getInt(0);
    };
    const auto dc1 = id("SELECT site_id FROM site WHERE code = ?", "DC1");
    const auto dc2 = id("SELECT site_id FROM site WHERE code = ?", "DC2");
    auto itemId = [&](const char* sku) { return id("SELECT item_id FROM item WHERE sku = ?", sku); };

    // Every key field must be present: location (none), lot (none) and status too.
    auto onHand = writer(db, "on_hand", {"item", "site", "location", "lot", "status", "quantity", "as_of"},
                         importId);
    const std::string asOf = "2025-03-01";
    auto balance = [&](const char* sku, std::int64_t site, double quantity) {
        onHand.write({itemId(sku), site, Value(), std::string(), std::string("available"), quantity, asOf});
    };
    balance("SKU-A", dc1, 100.0);
    balance("SKU-B", dc1, 40.0);
    balance("SKU-B", dc2, 60.0);
    balance("SKU-D", dc2, 5.0);
    balance("SKU-E", dc1, 12.0);

    auto demand = writer(db, "demand", {"item", "site", "date", "channel", "quantity"}, importId);
    const auto first = *domain::makeDay(2025, 1, 6);
    const auto skuA = itemId("SKU-A");
    for (int day = 0; day < 56; ++day)
        demand.write({skuA, dc1, domain::formatIsoDate(first + day), std::string(), 3.0});

    db.prepare("UPDATE import_log SET result = 'committed', finished_at = started_at WHERE import_id = ?")
        .bind(1, importId)
        .run();
    transaction.commit();
    return workspace;
}

void generateSmallDemo(const QString& path, int years) {
    demo::DemoOptions options;
    options.items = 12;
    options.sites = 2;
    options.years = years;
    options.seed = 7;
    options.lastDay = *domain::makeDay(2026, 11, 27);
    util::NullProgress progress;
    demo::generateDemo(path.toStdString(), options, progress);
}

bool openAndWait(WorkspaceSession& session, const QString& path) {
    QSignalSpy changed(&session, &WorkspaceSession::workspaceChanged);
    QSignalSpy failed(&session, &WorkspaceSession::openFailed);
    session.open(path);
    const bool ended = QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, kGenerousWaitMs);
    return ended && !changed.isEmpty() && session.isOpen();
}

bool openAndWait(MainWindow& window, const QString& path, QString* error) {
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    QSignalSpy failed(&window, &MainWindow::workspaceOpenFailed);
    window.openWorkspace(path);
    const bool ended = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kGenerousWaitMs);
    if (error && !failed.isEmpty()) *error = failed.front().at(1).toString();
    return ended && !ready.isEmpty();
}

bool writeFile(const QString& path, const QByteArray& text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    return file.write(text) == text.size();
}

ChosenLanguage::ChosenLanguage(const QString& code) {
    setChosenLanguage(code);
    installTranslators(*QCoreApplication::instance());
}

ChosenLanguage::~ChosenLanguage() {
    auto* application = QCoreApplication::instance();
    for (QTranslator* translator : application->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
    setChosenLanguage({});
}

} // namespace stocktower::ui::testing
