// Shows a guide page (Markdown from the resources) and scrolls to a "#section" of it: Qt's
// Markdown reader gives headings no anchors, so sections are found by their GitHub anchor.
#pragma once

#include <QTextBrowser>

namespace stocktower::ui {

class GuideBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget* parent = nullptr);

    // Scrolls the heading whose anchor is `anchor` to the top; false when the page has none.
    bool scrollToSection(const QString& anchor);
    // The anchor of the heading nearest above the top of the view (empty above the first).
    [[nodiscard]] QString currentSection() const;

protected:
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;

private:
    void styleTables();
};

} // namespace stocktower::ui
