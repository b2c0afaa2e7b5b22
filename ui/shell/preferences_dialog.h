// Preferences: the user's language (with the number and date formats that come with it).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace stocktower::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Stores the choice; true when it differs from the one the dialog opened with.
    bool apply();
    [[nodiscard]] QComboBox* languageBox() const { return m_language; }
    [[nodiscard]] QLabel* sampleLabel() const { return m_sample; }

private:
    void updateSample();

    QComboBox* m_language;
    QLabel* m_sample;
    QString m_startLanguage; // the stored choice when the dialog opened
};

} // namespace stocktower::ui
