// The scorecard page's edits: targets, tolerances and owners (the site's own target row), this
// week's comments and benchmarks. Each edit is one undoable command whose writes are one
// transaction each; after every write (or undo) the table shows the stored state at once.
#include "pages/scorecard_page.h"

#include "kpi/kpi_definition.h"
#include "pages/kpi_benchmark_dialog.h"
#include "shell/workspace_session.h"
#include "text/kpi_text.h"
#include "undo/kpi_config_command.h"
#include "util/errors.h"

#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>

#include <cmath>

namespace stocktower::ui {

namespace {

// A number as people type it: "95", "95 %", "95,5" in a German locale, "12.5 h".
std::optional<double> parseNumber(QString text) {
    text = text.trimmed();
    // Drop a unit typed after the number.
    while (!text.isEmpty() && !text.back().isDigit() && text.back() != QLatin1Char('.') &&
           text.back() != QLatin1Char(','))
        text.chop(1);
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('+'))) text.remove(0, 1);
    if (text.isEmpty()) return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok) value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value)) return std::nullopt;
    return value;
}

void requireOpen(WorkspaceSession& session) {
    if (!session.isOpen() || session.isReadOnly()) throw util::UserError("the workspace is not writable");
}

QString userName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

bool ScorecardPage::isWritable() const { return m_session.isOpen() && !m_session.isReadOnly(); }

void ScorecardPage::refuse(const QString& message) {
    m_lastError = message;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("KPI scorecard"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

bool ScorecardPage::checkWritable() {
    m_lastError.clear();
    if (!m_session.isOpen()) {
        m_lastError = tr("No workspace is open.");
        return false;
    }
    if (m_session.isReadOnly()) {
        refuse(tr("This workspace is read-only, so KPI targets, tolerances, owners, comments and benchmarks cannot "
                  "be changed. It is read-only because %1")
                   .arg(m_session.readOnlyReason()));
        return false;
    }
    return true;
}

bool ScorecardPage::push(const QString& text, std::function<void()> apply, std::function<void()> revert) {
    // The stack deletes a command whose first redo failed (obsolete): the error is kept apart.
    auto failure = std::make_shared<QString>();
    auto guarded = [apply = std::move(apply), failure] {
        try {
            apply();
            failure->clear();
        } catch (const std::exception& error) {
            *failure = QString::fromUtf8(error.what());
            throw;
        }
    };
    auto undo = [this, revert = std::move(revert)] {
        try {
            revert();
        } catch (const std::exception& error) {
            refuse(tr("The change could not be undone: %1").arg(QString::fromUtf8(error.what())));
            throw;
        }
    };
    m_undoStack->push(new KpiConfigCommand(text, std::move(guarded), std::move(undo)));
    if (!failure->isEmpty()) {
        refuse(tr("The change could not be saved: %1").arg(*failure));
        return false;
    }
    return true; // indexChanged recomputes
}

bool ScorecardPage::editCell(const QString& kpiId, ScorecardTableModel::Column column, const QVariant& value) {
    const auto* definition = kpi::findKpi(kpiId.toStdString());
    if (!definition) return false;
    if (!checkWritable()) return false;
    const auto unit = definition->unit;
    const QString text = value.toString().trimmed();
    const int row = m_model->rowOf(kpiId);
    const auto* shown = m_model->kpiRow(row);
    switch (column) {
    case ScorecardTableModel::Target: {
        std::optional<double> target;
        if (!text.isEmpty()) {
            const auto number = parseNumber(text);
            const double most = unit == kpi::Unit::Ratio ? 100.0 : 1e12;
            if (!number || *number < 0 || *number > most) {
                refuse(unit == kpi::Unit::Ratio
                           ? tr("Enter the target of %1 in percent, from 0 to 100 (or leave it blank: not rated).")
                                 .arg(kpiName(*definition))
                           : tr("Enter the target of %1 as a number of zero or more (or leave it blank: not rated).")
                                 .arg(kpiName(*definition)));
                return false;
            }
            target = kpiFromShown(unit, *number);
        }
        if (shown && shown->target == target) return true;
        return editTarget(kpiId, [target](store::KpiTargetRow& r) { r.target = target; }, tr("target"));
    }
    case ScorecardTableModel::AmberBand:
    case ScorecardTableModel::Hysteresis: {
        const bool band = column == ScorecardTableModel::AmberBand;
        const auto number = parseNumber(text);
        const double most = unit == kpi::Unit::Ratio ? 100.0 : 1e12;
        if (!number || *number < 0 || *number > most) {
            refuse((band ? tr("Enter the amber band of %1 as a number of zero or more%2.")
                         : tr("Enter the hysteresis of %1 as a number of zero or more%2."))
                       .arg(kpiName(*definition), unit == kpi::Unit::Ratio ? tr(", in percentage points") : QString()));
            return false;
        }
        const double stored = kpiFromShown(unit, *number);
        if (shown && (band ? shown->amberBand : shown->hysteresis) == stored) return true;
        if (band)
            return editTarget(
                kpiId, [stored](store::KpiTargetRow& r) { r.amberBand = stored; }, tr("amber band"));
        return editTarget(kpiId, [stored](store::KpiTargetRow& r) { r.hysteresis = stored; }, tr("hysteresis"));
    }
    case ScorecardTableModel::Owner: {
        if (shown && QString::fromStdString(shown->owner) == text) return true;
        const std::string owner = text.toStdString();
        return editTarget(kpiId, [owner](store::KpiTargetRow& r) { r.owner = owner; }, tr("owner"));
    }
    case ScorecardTableModel::Comment: return editComment(kpiId, text);
    default: return false;
    }
}

bool ScorecardPage::editTarget(const QString& kpiId, const std::function<void(store::KpiTargetRow&)>& change,
                               const QString& what) {
    const auto* definition = kpi::findKpi(kpiId.toStdString());
    if (!definition || !checkWritable()) return false;
    const auto card = m_model->scorecard();
    const auto siteId = siteIdOf(card ? QString::fromStdString(card->siteCode) : currentSite());
    if (!siteId) {
        refuse(tr("Choose a site first."));
        return false;
    }
    std::vector<store::KpiTargetRow> rows;
    try {
        rows = store::loadKpiTargets(m_session.db());
    } catch (const std::exception& error) {
        refuse(tr("The targets could not be read: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    // The site's own row, if it has one; a first edit starts from the workspace default.
    std::optional<store::KpiTargetRow> before;
    for (const auto& row : rows)
        if (row.kpiId == definition->id && row.siteId == *siteId) before = row;
    store::KpiTargetRow after;
    if (before) after = *before;
    else if (auto fallback = store::effectiveKpiTarget(rows, definition->id, *siteId)) after = *fallback;
    after.kpiId = definition->id;
    after.siteId = *siteId;
    change(after);
    if (after.amberBand < 0 || after.hysteresis < 0 || !std::isfinite(after.amberBand) ||
        !std::isfinite(after.hysteresis) || (after.target && !std::isfinite(*after.target))) {
        refuse(tr("Tolerances must be numbers of zero or more."));
        return false;
    }
    const std::int64_t site = *siteId;
    const std::string id = definition->id;
    auto write = [this, site, id](const std::optional<store::KpiTargetRow>& state) {
        requireOpen(m_session);
        auto& db = m_session.db();
        store::Transaction transaction(db);
        if (state) store::saveKpiTarget(db, *state);
        else store::deleteKpiTarget(db, id, site);
        transaction.commit();
        showStoredTarget(site, id);
    };
    const QString text = tr("Change the %1 of %2").arg(what, kpiName(*definition));
    return push(text, [write, after] { write(after); }, [write, before] { write(before); });
}

bool ScorecardPage::resetTarget(const QString& kpiId) {
    const auto* definition = kpi::findKpi(kpiId.toStdString());
    if (!definition || !checkWritable()) return false;
    const auto card = m_model->scorecard();
    const auto siteId = siteIdOf(card ? QString::fromStdString(card->siteCode) : currentSite());
    if (!siteId) return false;
    std::optional<store::KpiTargetRow> before;
    try {
        for (const auto& row : store::loadKpiTargets(m_session.db()))
            if (row.kpiId == definition->id && row.siteId == *siteId) before = row;
    } catch (const std::exception& error) {
        refuse(tr("The targets could not be read: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    if (!before) return true; // the default applies already
    const std::int64_t site = *siteId;
    const std::string id = definition->id;
    auto erase = [this, site, id] {
        requireOpen(m_session);
        auto& db = m_session.db();
        store::Transaction transaction(db);
        store::deleteKpiTarget(db, id, site);
        transaction.commit();
        showStoredTarget(site, id);
    };
    auto restore = [this, site, id, row = *before] {
        requireOpen(m_session);
        auto& db = m_session.db();
        store::Transaction transaction(db);
        store::saveKpiTarget(db, row);
        transaction.commit();
        showStoredTarget(site, id);
    };
    return push(tr("Reset the target of %1").arg(kpiName(*definition)), erase, restore);
}

bool ScorecardPage::editComment(const QString& kpiId, const QString& comment) {
    const auto* definition = kpi::findKpi(kpiId.toStdString());
    if (!definition || !checkWritable()) return false;
    const auto card = m_model->scorecard();
    const auto siteId = siteIdOf(card ? QString::fromStdString(card->siteCode) : currentSite());
    const auto week = card ? std::optional<domain::IsoWeek>(card->week) : currentWeek();
    if (!siteId || !week) {
        refuse(tr("Choose a site and week first."));
        return false;
    }
    const std::string isoWeek = domain::formatIsoWeek(*week);
    std::string before;
    try {
        const auto comments = store::loadKpiComments(m_session.db(), *siteId, isoWeek);
        if (auto it = comments.find(definition->id); it != comments.end()) before = it->second;
    } catch (const std::exception& error) {
        refuse(tr("The comments could not be read: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    const std::string after = comment.trimmed().toStdString();
    if (after == before) return true;
    const std::int64_t site = *siteId;
    const std::string id = definition->id;
    const std::string user = userName().toStdString();
    auto write = [this, site, isoWeek, id, user](const std::string& text) {
        requireOpen(m_session);
        auto& db = m_session.db();
        store::Transaction transaction(db);
        store::saveKpiComment(db, site, isoWeek, id, text, user); // empty text removes it
        transaction.commit();
        showStoredComment(site, isoWeek, id);
    };
    const QString text = tr("Comment on %1 for %2").arg(kpiName(*definition), QString::fromStdString(isoWeek));
    return push(text, [write, after] { write(after); }, [write, before] { write(before); });
}

std::vector<store::KpiBenchmarkRow> ScorecardPage::benchmarksOf(const QString& kpiId) {
    std::vector<store::KpiBenchmarkRow> rows;
    if (!m_session.isOpen()) return rows;
    try {
        for (auto& row : store::loadKpiBenchmarks(m_session.db()))
            if (row.kpiId == kpiId.toStdString()) rows.push_back(std::move(row));
    } catch (const std::exception& error) {
        m_lastError = QString::fromUtf8(error.what());
    }
    return rows;
}

bool ScorecardPage::saveBenchmark(const store::KpiBenchmarkRow& row) {
    const auto* definition = kpi::findKpi(row.kpiId);
    if (!definition || !checkWritable()) return false;
    store::KpiBenchmarkRow after = row;
    after.level = QString::fromStdString(after.level).trimmed().toStdString();
    after.source = QString::fromStdString(after.source).trimmed().toStdString();
    after.note = QString::fromStdString(after.note).trimmed().toStdString();
    if (after.level.empty() || after.source.empty()) {
        refuse(tr("A benchmark needs a level (such as “best in class” or “median”) and a source."));
        return false;
    }
    if (!std::isfinite(after.value) || after.value < 0) {
        refuse(tr("A benchmark value must be a number of zero or more."));
        return false;
    }
    if (after.year && (*after.year < 1900 || *after.year > 2100)) {
        refuse(tr("The year of a benchmark must be between 1900 and 2100, or not given."));
        return false;
    }
    const auto existing = benchmarksOf(QString::fromStdString(after.kpiId));
    std::optional<store::KpiBenchmarkRow> before;
    for (const auto& other : existing) {
        if (other.id == after.id) before = other;
        else if (other.level == after.level && other.source == after.source) {
            refuse(tr("%1 already has a “%2” benchmark from “%3”. Change that one instead.")
                       .arg(kpiName(*definition), kpiBenchmarkLevelText(after.level),
                            QString::fromStdString(after.source)));
            return false;
        }
    }
    if (after.id != 0 && !before) {
        refuse(tr("That benchmark no longer exists."));
        return false;
    }
    // The id a row has now: undoing an addition and redoing it stores it under a new id.
    auto id = std::make_shared<std::int64_t>(after.id);
    const std::string kpiId = after.kpiId;
    auto save = [this, id, kpiId](store::KpiBenchmarkRow state, bool keepId) {
        requireOpen(m_session);
        auto& db = m_session.db();
        store::Transaction transaction(db);
        state.id = keepId ? *id : 0;
        *id = store::saveKpiBenchmark(db, state);
        transaction.commit();
        showStoredBenchmarks(kpiId);
    };
    auto erase = [this, id, kpiId] {
        requireOpen(m_session);
        auto& db = m_session.db();
        store::Transaction transaction(db);
        store::deleteKpiBenchmark(db, *id);
        transaction.commit();
        showStoredBenchmarks(kpiId);
    };
    if (before) {
        if (before->level == after.level && before->value == after.value && before->source == after.source &&
            before->year == after.year && before->note == after.note)
            return true;
        return push(tr("Change a benchmark of %1").arg(kpiName(*definition)), [save, after] { save(after, true); },
                    [save, before] { save(*before, true); });
    }
    return push(tr("Add a benchmark to %1").arg(kpiName(*definition)), [save, after] { save(after, false); }, erase);
}

bool ScorecardPage::removeBenchmark(std::int64_t benchmarkId) {
    if (!checkWritable()) return false;
    std::optional<store::KpiBenchmarkRow> before;
    try {
        for (auto& row : store::loadKpiBenchmarks(m_session.db()))
            if (row.id == benchmarkId) before = std::move(row);
    } catch (const std::exception& error) {
        refuse(tr("The benchmarks could not be read: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    if (!before) {
        refuse(tr("That benchmark no longer exists."));
        return false;
    }
    const auto* definition = kpi::findKpi(before->kpiId);
    auto id = std::make_shared<std::int64_t>(benchmarkId);
    const std::string kpiId = before->kpiId;
    auto erase = [this, id, kpiId] {
        requireOpen(m_session);
        auto& db = m_session.db();
        store::Transaction transaction(db);
        if (!store::deleteKpiBenchmark(db, *id)) throw util::UserError("the benchmark no longer exists");
        transaction.commit();
        showStoredBenchmarks(kpiId);
    };
    auto restore = [this, id, kpiId, row = *before]() mutable {
        requireOpen(m_session);
        auto& db = m_session.db();
        store::Transaction transaction(db);
        row.id = 0; // back under a new id
        *id = store::saveKpiBenchmark(db, row);
        transaction.commit();
        showStoredBenchmarks(kpiId);
    };
    const QString name = definition ? kpiName(*definition) : QString::fromStdString(kpiId);
    return push(tr("Remove a benchmark of %1").arg(name), erase, restore);
}

void ScorecardPage::editBenchmarks(const QString& kpiId) {
    const QString id = kpiId.isEmpty() ? shownKpi() : kpiId;
    const auto* definition = kpi::findKpi(id.toStdString());
    if (!definition) {
        refuse(tr("Select a KPI in the table first."));
        return;
    }
    auto* dialog = new KpiBenchmarkDialog(*this, *definition, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
}

void ScorecardPage::showStoredTarget(std::int64_t siteId, const std::string& kpiId) {
    const auto card = m_model->scorecard();
    if (!card || siteIdOf(QString::fromStdString(card->siteCode)) != siteId) return;
    const auto rows = store::loadKpiTargets(m_session.db());
    const auto target = store::effectiveKpiTarget(rows, kpiId, siteId);
    const QString id = QString::fromStdString(kpiId);
    if (!target) {
        m_model->applyTarget(id, std::nullopt, 0, 0, {}, {}, false);
        return;
    }
    m_model->applyTarget(id, target->target, target->amberBand, target->hysteresis,
                         QString::fromStdString(target->owner), QString::fromStdString(target->comment),
                         target->siteId.has_value());
}

void ScorecardPage::showStoredComment(std::int64_t siteId, const std::string& isoWeek, const std::string& kpiId) {
    const auto card = m_model->scorecard();
    if (!card || siteIdOf(QString::fromStdString(card->siteCode)) != siteId ||
        domain::formatIsoWeek(card->week) != isoWeek)
        return;
    const auto comments = store::loadKpiComments(m_session.db(), siteId, isoWeek);
    const auto it = comments.find(kpiId);
    m_model->applyWeekComment(QString::fromStdString(kpiId),
                              it == comments.end() ? QString() : QString::fromStdString(it->second));
}

void ScorecardPage::showStoredBenchmarks(const std::string& kpiId) {
    std::vector<kpi::BenchmarkBand> bands;
    for (const auto& b : store::loadKpiBenchmarks(m_session.db()))
        if (b.kpiId == kpiId) bands.push_back({b.level, b.value, b.source, b.year, b.note});
    m_model->applyBenchmarks(QString::fromStdString(kpiId), std::move(bands));
}

} // namespace stocktower::ui
