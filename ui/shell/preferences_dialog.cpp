#include "shell/preferences_dialog.h"

#include "shell/language.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace stocktower::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_sample(new QLabel(this)),
      m_dateSample(new QLabel(this)), m_startLanguage(chosenLanguage()) {
    setWindowTitle(tr("Preferences"));

    // The system's language named in itself too ("System (Deutsch)"); the C locale has no name.
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    for (const auto& choice : languageChoices()) {
        QString name = choice.nativeName;
        if (choice.code.isEmpty())
            name = systemLanguage.isEmpty() ? tr("System")
                                            //: The language choice that follows the operating system; %1 is its language.
                                            : tr("System (%1)").arg(systemLanguage);
        m_language->addItem(name, choice.code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* note = new QLabel(tr("A new language takes effect when StockTower restarts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* sample : {m_sample, m_dateSample}) sample->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Numbers:"), m_sample);
    form->addRow(tr("Dates:"), m_dateSample);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(note);
    layout->addStretch();
    layout->addSpacing(6);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateSample);
    updateSample();
    setMinimumWidth(420);
}

void PreferencesDialog::updateSample() {
    // What a planner will see in tables and the printed report with this choice.
    const QLocale locale = localeForLanguage(m_language->currentData().toString());
    const QDate today = QDate::currentDate();
    m_sample->setText(locale.toString(1234567.891, 'f', 2));
    // Short and long format on lines of their own: a long date ("lunes, 7 de diciembre de
    // 2026") then never has to wrap.
    m_dateSample->setText(locale.toString(today, QLocale::ShortFormat) + QLatin1Char('\n') +
                          locale.toString(today, QLocale::LongFormat));
}

bool PreferencesDialog::apply() {
    const QString code = m_language->currentData().toString();
    setChosenLanguage(code);
    return code != m_startLanguage;
}

} // namespace stocktower::ui
