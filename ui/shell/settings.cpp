#include "shell/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <vector>

namespace stocktower::ui {

namespace {

struct KeyEntry {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

// The one table: every key the application stores, with its default. A renamed key gets a
// migration here rather than a scattered string in some widget.
const std::vector<KeyEntry>& keyTable() {
    static const std::vector<KeyEntry> table = {
        {Settings::Key::MainWindowGeometry, "mainWindow/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "mainWindow/state", QByteArray()},
        {Settings::Key::MainWindowPage, "mainWindow/page", 0},
        {Settings::Key::LastWorkspace, "workspace/last", QString()},
        {Settings::Key::RecentWorkspaces, "workspace/recent", QStringList()},
        {Settings::Key::LastFolder, "files/lastFolder", QString()},
        {Settings::Key::ItemsHeaderState, "items/headerState", QByteArray()},
        {Settings::Key::ItemsSplitterState, "items/splitterState", QByteArray()},
        {Settings::Key::ItemsSite, "items/site", QString()},
        {Settings::Key::ImportLastType, "import/lastType", QStringLiteral("items")},
        {Settings::Key::ExportLastType, "export/lastType", QStringLiteral("items")},
        {Settings::Key::ExportLastDialect, "export/lastDialect", 0},
        {Settings::Key::ControlTowerSite, "controlTower/site", QString()},
        {Settings::Key::ScorecardSite, "scorecard/site", QString()},
        {Settings::Key::Language, "ui/language", QString()},
    };
    return table;
}

const KeyEntry& entry(Settings::Key key) {
    for (const auto& candidate : keyTable())
        if (candidate.key == key) return candidate;
    Q_ASSERT_X(false, "Settings", "key missing from the key table");
    return keyTable().front();
}

} // namespace

QString Settings::keyName(Key key) { return QString::fromLatin1(entry(key).name); }

QVariant Settings::value(Key key) const {
    const auto& e = entry(key);
    return m_settings.value(QString::fromLatin1(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value) {
    m_settings.setValue(keyName(key), value);
}

void Settings::reset(Key key) { m_settings.remove(keyName(key)); }

QStringList Settings::recentWorkspaces() const {
    return value(Key::RecentWorkspaces).toStringList();
}

void Settings::addRecentWorkspace(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) recent.removeLast();
    setValue(Key::RecentWorkspaces, recent);
    setValue(Key::LastWorkspace, absolute);
}

void Settings::removeRecentWorkspace(const QString& path) {
    QStringList recent = recentWorkspaces();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentWorkspaces, recent);
}

QString Settings::lastFolder() const {
    const QString folder = value(Key::LastFolder).toString();
    if (!folder.isEmpty() && QDir(folder).exists()) return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Settings::rememberFolderOf(const QString& filePath) {
    setValue(Key::LastFolder, QFileInfo(filePath).absolutePath());
}

} // namespace stocktower::ui
