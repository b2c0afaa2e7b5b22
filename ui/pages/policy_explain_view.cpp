#include "pages/policy_explain_view.h"

#include "text/core_text.h"
#include "text/explanation_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace stocktower::ui {

namespace {

// The translation context of this file's texts: lupdate files them under it too.
class PolicyExplainText {
    Q_DECLARE_TR_FUNCTIONS(PolicyExplainText)
};

QString esc(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

// Enough digits to retrace a formula by hand, no more.
QString number(double value, const QLocale& locale) {
    if (std::isnan(value)) return QStringLiteral("–");
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 10 ? 2 : magnitude >= 0.01 || magnitude == 0 ? 4 : 6;
    return locale.toString(value, 'f', decimals);
}

// Two lines per number, so that the panel reads as well beside the table (narrow) as alone: the
// translated name with the value and unit, then in small type the formula name that formulas
// use and the formula (a result) or where the number came from (an input).
QString entry(const std::string& name, double value, const std::string& unit, const QString& detail, const QLocale& locale) {
    const QString shown = number(value, locale) + (unit.empty() ? QString() : QChar(0x00A0) + explainUnitText(unit).toHtmlEscaped());
    return QStringLiteral("<tr><td class='name'>%1</td><td class='num'>%2</td></tr>"
                          "<tr><td colspan='2' class='detail'>%3</td></tr>")
        .arg(explainNameTitle(name).toHtmlEscaped(), shown, detail);
}

const char* kStyle =
    "<style>"
    "h3 { margin: 0 0 4px 0; }"
    "h4 { margin: 10px 0 2px 0; color: #444; }"
    "table { border-collapse: collapse; }"
    "td { padding: 1px 6px; vertical-align: top; }"
    "td.name { font-weight: 600; padding-top: 4px; }"
    "td.num { text-align: right; white-space: nowrap; padding-top: 4px; }"
    "td.detail { color: #555; font-size: small; border-bottom: 1px solid #e3e6ea; padding-bottom: 4px; }"
    "span.id { font-family: monospace; color: #444; }"
    "</style>";

} // namespace

QString explanationHtml(const inventory::Explanation& explanation, const QString& title, const QLocale& locale) {
    QString html = QString::fromLatin1(kStyle);
    html += QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());

    html += QStringLiteral("<h4>%1</h4><table width='100%'>").arg(PolicyExplainText::tr("Results"));
    for (const auto& result : explanation.results)
        html += entry(result.name, result.value, result.unit,
                      QStringLiteral("<span class='id'>%1 = %2</span>").arg(esc(result.name), esc(result.formula)), locale);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4><table width='100%'>").arg(PolicyExplainText::tr("Inputs"));
    for (const auto& input : explanation.inputs)
        html += entry(input.name, input.value, input.unit,
                      QStringLiteral("<span class='id'>%1</span> · %2")
                          .arg(esc(input.name), explainSourceText(input.source).toHtmlEscaped()),
                      locale);
    html += QStringLiteral("</table>");

    if (!explanation.notes.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul style='margin-top:0'>").arg(PolicyExplainText::tr("Notes"));
        for (const auto& note : explanation.notes) html += QStringLiteral("<li>%1</li>").arg(coreText(note).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace stocktower::ui
