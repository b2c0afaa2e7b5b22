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
    // How numbers and dates look with the chosen language.
    [[nodiscard]] QLabel* sampleLabel() const { return m_sample; }
    [[nodiscard]] QLabel* dateSampleLabel() const { return m_dateSample; }

private:
    void updateSample();

    QComboBox* m_language;
    QLabel* m_sample;
    QLabel* m_dateSample;
    QString m_startLanguage; // the stored choice when the dialog opened
};

} // namespace stocktower::ui
