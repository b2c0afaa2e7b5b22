// Every persisted user setting in one table of keys with defaults (after KeePassXC's Config).
#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace stocktower::ui {

class Settings {
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        MainWindowPage,
        LastWorkspace,
        RecentWorkspaces,
        LastFolder,
        ItemsHeaderState,
        ItemsSplitterState,
        ItemsSite,
        ImportLastType,
        ExportLastType,
        ExportLastDialect,
        ControlTowerSite,
        ScorecardSite,
        Language, // "" = the system's; else a language code (ui/shell/language.h)
    };

    static constexpr int kMaxRecent = 8;

    // Uses the application's default QSettings (organisation/application names from main()).
    Settings() = default;

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);

    // Recent workspaces, newest first, without duplicates, capped at kMaxRecent.
    [[nodiscard]] QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString& path);
    void removeRecentWorkspace(const QString& path);

    // Folder to start file dialogs in: the last one used, else the documents folder.
    [[nodiscard]] QString lastFolder() const;
    void rememberFolderOf(const QString& filePath);

    [[nodiscard]] static QString keyName(Key key);

private:
    mutable QSettings m_settings;
};

} // namespace stocktower::ui
